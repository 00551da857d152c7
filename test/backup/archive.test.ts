import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalDecisions, approvalRequests, auditLog, approvalSteps } from '../../db/schema/index.js';
import { pruneProcessed } from '../../src/retention.js';
import { startBot, type Bot } from '../support/harness.js';
import { TODAY_10AM } from '../features/approvals/support.js';
import { approve, cli, pendingPlans, scratchDir } from './support.js';

let bot: Bot;
let dir: string;
let ids: string[];
beforeAll(async () => {
  dir = scratchDir();
  bot = await startBot({ dbFile: join(dir, 'bot.db'), now: () => TODAY_10AM });
  ids = await pendingPlans(bot, 4, TODAY_10AM);
  for (const id of ids.slice(0, 2)) await approve(bot, id);
  await bot.settle();
});
afterAll(() => bot?.close());

type Line = { type: string; table?: string; row?: Record<string, unknown> } & Record<string, unknown>;

describe('archive --year', () => {
  it("writes the year's records with their audit rows, and a footer that proves the lines", async () => {
    const out = join(dir, 'archive-2026.jsonl');
    const run = await cli(bot.config.databaseUrl.slice('file:'.length), [
      'archive',
      '--year',
      '2026',
      '--out',
      out,
    ]);
    expect(run.output).toContain('已导出 2026 年度记录');
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const lines = text.trimEnd().split('\n');
    const parsed = lines.map((l) => JSON.parse(l) as Line);
    expect(parsed[0]).toMatchObject({ type: 'header', format: 'zhifa-archive/1', year: 2026 });
    const footer = parsed.at(-1)!;
    const body = `${lines.slice(0, -1).join('\n')}\n`;
    expect(footer.sha256).toBe(createHash('sha256').update(body).digest('hex'));

    const requests = parsed.filter((l) => l.table === 'approval_requests').map((l) => l.row!.id);
    expect(requests.sort()).toEqual([...ids].sort());
    const decisions = parsed.filter((l) => l.table === 'approval_decisions');
    expect(decisions).toHaveLength(2);
    const audit = parsed.filter((l) => l.type === 'audit').map((l) => l.row!);
    const expected = await bot.store.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.entity, 'approval'));
    expect(audit).toHaveLength(expected[0]!.n);
    expect(new Set(audit.map((r) => r.entity_id))).toEqual(new Set(ids));
    expect(footer.counts).toMatchObject({ approval_requests: 4, approval_decisions: 2 });
  });

  it('finds nothing for a year without records and refuses a malformed year', async () => {
    const file = bot.config.databaseUrl.slice('file:'.length);
    const out = join(dir, 'archive-2019.jsonl');
    expect((await cli(file, ['archive', '--year', '2019', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    const bad = await cli(file, ['archive', '--year', '26']);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('archive --year YYYY');
  });
});

describe('retention', () => {
  it('prunes the inbox and outbox but never a record', async () => {
    const counts = async () =>
      Promise.all(
        [approvalRequests, approvalSteps, approvalDecisions, auditLog].map(
          async (t) => (await bot.store.db.select({ n: count() }).from(t))[0]!.n,
        ),
      );
    const before = await counts();
    const far = new Date(TODAY_10AM.getTime() + 400 * 86_400_000);
    expect(await pruneProcessed(bot.store, 7, far)).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });
});
