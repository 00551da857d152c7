import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalDecisions } from '../../db/schema/index.js';
import { verifyAuditChain } from '../../src/store/audit-repo.js';
import { openStore } from '../../src/store/db.js';
import { startBot, type Bot } from '../support/harness.js';
import { TODAY_10AM } from '../features/approvals/support.js';
import { approve, cli, pendingPlans, scratchDir } from './support.js';

let bot: Bot;
let dir: string;
beforeAll(async () => {
  dir = scratchDir();
  bot = await startBot({ dbFile: join(dir, 'live.db'), now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

describe('an online backup during a burst of decisions', () => {
  it('restores to a database whose audit chain verifies and holds every decision acknowledged before it began', async () => {
    const ids = await pendingPlans(bot, 60, TODAY_10AM);
    const acked = new Set<string>();
    let backupRunning = true;
    const decide = async (id: string) => {
      const answer = await approve(bot, id);
      expect(answer.toast).toMatchObject({ content: '审批意见已提交。' });
      acked.add(id);
    };
    // Four approvers clicking at once, paced while the backup runs so that decisions span all of it.
    const queue = [...ids];
    const burst = Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          await decide(id);
          if (backupRunning) await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    while (acked.size < 10) await new Promise((r) => setTimeout(r, 5));
    const ackedBefore = [...acked];
    const backupFile = join(dir, 'copy.db');
    const backup = await cli(bot.config.databaseUrl.slice('file:'.length), ['backup', backupFile]);
    backupRunning = false;
    const ackedDuring = acked.size - ackedBefore.length;
    await burst;
    expect(ackedDuring).toBeGreaterThan(0);
    expect(backup.output).toContain('备份完成并已校验');
    expect(backup.code).toBe(0);
    expect(acked.size).toBe(ids.length);
    expect(existsSync(`${backupFile}.json`)).toBe(true);

    const restored = join(dir, 'restored', 'bot.db');
    const restore = await cli(restored, ['restore', backupFile]);
    expect(restore.output).toContain('审计链完整');
    expect(restore.code).toBe(0);
    const verify = await cli(restored, ['audit', 'verify']);
    expect(verify.output).toMatch(/审计链完整：共 \d+ 条记录。/);
    expect(verify.code).toBe(0);

    const store = await openStore(`file:${restored}`);
    try {
      const decided = new Set((await store.db.select().from(approvalDecisions)).map((d) => d.requestId));
      expect(ackedBefore.filter((id) => !decided.has(id))).toEqual([]);
      expect((await verifyAuditChain(store.db)).ok).toBe(true);
    } finally {
      store.close();
    }

    // The bot starts on the restored file and serves from it.
    const again = await startBot({ dbFile: restored, now: () => TODAY_10AM });
    try {
      const health = await fetch(`${again.url}/healthz`);
      expect(health.status).toBe(200);
      const req = await fetch(`${again.url}/api/v1/requests/${ackedBefore[0]}`, {
        headers: { authorization: `Bearer ${again.config.apiToken}` },
      });
      expect(((await req.json()) as { steps: { status: string }[] }).steps[0]?.status).toBe('approved');
    } finally {
      await again.close();
    }
  }, 120_000);
});
