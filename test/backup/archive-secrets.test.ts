import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draws } from '../../db/schema/index.js';
import { exportYear } from '../../src/backup/archive.js';
import { startBot, type Bot } from '../support/harness.js';
import { DRAW, NOW, postDraw, withLuchengOfficers } from '../features/draws/support.js';
import { scratchDir } from './support.js';

let bot: Bot;
let dir: string;
let secret: string;
beforeAll(async () => {
  dir = scratchDir();
  bot = await startBot({ dbFile: join(dir, 'bot.db'), now: () => NOW });
  await withLuchengOfficers(bot);
  const { id } = await postDraw<{ id: string }>(bot, { count: 1 });
  const [row] = await bot.store.db.select().from(draws).where(eq(draws.id, id));
  if (!row?.secret || row.seedScheme !== 'commit-reveal-v1')
    throw new Error('the draw has no committed secret');
  secret = row.secret;
});
afterAll(() => bot?.close());

/** The archive of 2026 as made on `today`, as text. */
async function archivedOn(today: string): Promise<string> {
  const out = join(dir, `archive-${today}.jsonl`);
  await exportYear(bot.store.db, 2026, '长治市生态环境局', out, today);
  return readFileSync(out, 'utf8');
}

describe('a draw in the year archive', () => {
  it('leaves the seed secret out until the inspection period has ended', async () => {
    expect(DRAW.to).toBe('2026-11-30');
    for (const today of ['2026-11-26', '2026-11-30']) {
      const text = await archivedOn(today);
      expect(text, `archive made on ${today}`).toContain('"table":"draws"');
      expect(text.includes(secret), `archive made on ${today} reveals the secret`).toBe(false);
    }
  });

  it('carries the secret once the period is over, so anyone can re-check the draw', async () => {
    const text = await archivedOn('2026-12-01');
    const line = text.split('\n').find((l) => l.includes('"table":"draws"'))!;
    expect((JSON.parse(line) as { row: { secret: string } }).row.secret).toBe(secret);
  });
});
