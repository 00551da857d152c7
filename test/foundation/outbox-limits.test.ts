import { spawn } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../db/schema/index.js';
import { sendTo } from '../../src/app/replies.js';
import type { OutboxRow } from '../../src/outbox/outbox-repo.js';
import type { Refusal } from '../../src/outbox/messenger.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

const ADMIN = 'ou_demo_director';
let fake: FakeLark;
let bot: Bot;
const refusedSeen: { row: OutboxRow; refusal: Refusal }[] = [];

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({
    fakeLark: fake,
    env: { ADMIN_OPEN_IDS: ADMIN },
    sender: {
      onRefused: [
        (_tx, row, refusal) => {
          refusedSeen.push({ row, refusal });
          return Promise.resolve();
        },
      ],
    },
  });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

const rowsTo = (openId: string) =>
  bot.store.db.select().from(outbox).where(eq(outbox.recipient, openId)).orderBy(outbox.id);

async function untilSettled(openId: string, n: number): Promise<OutboxRow[]> {
  for (;;) {
    await bot.settle();
    const rows = await rowsTo(openId);
    if (rows.length >= n && rows.every((r) => r.status !== 'pending')) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sending within the platform limits', () => {
  it('answers twelve questions from one officer in one second, all of them, in order, none refused', async () => {
    const who = 'ou_demo_air_officer';
    for (let i = 0; i < 12; i++) await bot.sendText(who, '帮助', { messageId: `om_burst_${i}` });
    const rows = await untilSettled(who, 12);
    expect(rows.map((r) => r.status)).toEqual(Array(12).fill('sent'));
    // Paced, not refused and retried: every answer went out on its first attempt.
    expect(rows.map((r) => r.attempts)).toEqual(Array(12).fill(1));
    const replies = fake.sentTo(who).filter((m) => m.parentId?.startsWith('om_burst_'));
    expect(replies.map((m) => m.parentId)).toEqual(rows.map((r) => r.target));
  });

  it('waits out a 230020 refusal and sends again, without counting it as a failed attempt', async () => {
    const who = 'ou_demo_water_officer';
    fake.failNext(1, { status: 400, code: 230020, msg: 'frequency limit', pathPrefix: '/open-apis/im/' });
    await bot.store.write((tx) => sendTo(tx, who, '频控后重发'));
    const [row] = await untilSettled(who, 1);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(fake.sentTo(who)).toHaveLength(1);
  });

  it('fetches a new tenant token when the platform says it expired, and sends on the first attempt', async () => {
    const who = 'ou_demo_soil_officer';
    const tokenCalls = () => fake.requests.filter((r) => r.path.includes('tenant_access_token')).length;
    const before = tokenCalls();
    fake.expireToken();
    await bot.store.write((tx) => sendTo(tx, who, '换新凭证'));
    const [row] = await untilSettled(who, 1);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(tokenCalls()).toBe(before + 1);
  });
});

describe('a person the platform will not deliver to', () => {
  const who = 'ou_demo_nature_officer';

  it('is recorded as refused with the reason, not retried, audited, and the administrator is told once', async () => {
    fake.refuse(who, 230029);
    await bot.store.write(async (tx) => {
      await sendTo(tx, who, '第一条');
      await sendTo(tx, who, '第二条');
    });
    const rows = await untilSettled(who, 2);
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ['refused', 1, '对方已离职（230029）'],
      ['refused', 1, '对方已离职（230029）'],
    ]);
    const tries = fake.requests.filter((r) => JSON.stringify(r.body ?? '').includes(who));
    expect(tries).toHaveLength(2);
    expect(refusedSeen.map((s) => [s.row.id, s.refusal.code])).toEqual(rows.map((r) => [r.id, 230029]));
    const audit = await bot.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.refused'), eq(auditLog.entityId, String(rows[0]!.id))));
    expect(audit).toHaveLength(1);
    const notices = await untilSettled(ADMIN, 1);
    expect(notices).toHaveLength(1);
    const text = (JSON.parse(fake.sentTo(ADMIN)[0]!.content) as { text: string }).text;
    expect(text).toBe(
      '消息无法送达自然生态保护科工作人员（示例）：对方已离职（飞书错误码 230029）。请更新组织机构文件并重新导入。',
    );
  });

  it('is listed by `cli outbox list` with the reason in Chinese', async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'outbox', 'list'], {
        env: { ...process.env, DATABASE_URL: bot.config.databaseUrl, LOG_LEVEL: 'silent' },
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.on('error', reject);
      child.on('close', () => resolve(stdout));
    });
    const line = out.split('\n').find((l) => l.includes(who));
    expect(line).toContain('对方无法接收');
    expect(line).toContain('自然生态保护科工作人员（示例）');
    expect(line).toContain('原因：对方已离职（230029）');
    expect(out).toMatch(/共 2 条。/);
  });
});
