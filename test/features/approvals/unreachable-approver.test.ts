import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../../db/schema/index.js';
import { sendTo } from '../../../src/app/replies.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { planBody, TODAY_10AM } from './support.js';

const ADMIN = 'ou_demo_director';
const APPROVER = 'ou_demo_air_head';
const APPLICANT = 'ou_demo_air_officer';
let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM, env: { ADMIN_OPEN_IDS: ADMIN } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

async function textsTo(openId: string): Promise<string[]> {
  return fake
    .sentTo(openId)
    .filter((m) => m.msgType === 'text')
    .map((m) => (JSON.parse(m.content) as { text: string }).text);
}

async function settled(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await bot.settle();
    const pending = await bot.store.db.select().from(outbox).where(eq(outbox.status, 'pending'));
    if (pending.length === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('an approver the platform will not deliver to', () => {
  it('is reported to the applicant and the administrators and recorded on the request', async () => {
    fake.refuse(APPROVER, 230053);
    const res = await bot.post(
      '/api/v1/inspection-plans',
      planBody({
        from: '2026-12-02',
        to: '2026-12-02',
        quietExemption: 'other',
        quietExemptionNote: '按上级部署开展',
      }),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await settled();

    const [card] = await bot.store.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, APPROVER), eq(outbox.msgType, 'interactive')));
    expect(card?.status).toBe('refused');
    const toApplicant = (await textsTo(APPLICANT)).filter((t) => t.includes(id));
    expect(toApplicant).toHaveLength(1);
    expect(toApplicant[0]).toMatch(/^您的申请.+：审批人.+无法接收消息（原因：.+，飞书错误码 230053）/);
    const toAdmin = (await textsTo(ADMIN)).filter((t) => t.includes(id));
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]).toContain('请转交他人审批');
    const audits = await bot.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'approval.approver-unreachable'), eq(auditLog.entityId, id)));
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail)).toMatchObject({ step: 0, code: 230053 });
  });

  it('leaves other refused messages alone', async () => {
    fake.refuse('ou_demo_soil_officer', 230029);
    const before = await bot.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'approval.approver-unreachable'));
    await bot.store.write((tx) => sendTo(tx, 'ou_demo_soil_officer', '通知'));
    await settled();
    const after = await bot.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'approval.approver-unreachable'));
    expect(after).toHaveLength(before.length);
  });
});
