import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../../db/schema/index.js';
import { sendTo } from '../../../src/app/replies.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { actionValue, clickCard, workingCard } from '../../support/working-cards.js';
import { getRequest, planBody, toastOf, TODAY_10AM, USCC } from './support.js';

const ADMIN = 'ou_demo_vehicle_officer';
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

function textsTo(openId: string): string[] {
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

async function audits(action: string, id: string) {
  const rows = await bot.store.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)));
  return rows.map((r) => JSON.parse(r.detail) as Record<string, unknown>);
}

async function deadLetters() {
  return bot.store.db.select().from(outbox).where(eq(outbox.status, 'dead'));
}

async function filePlan(unit: string, uscc: string): Promise<string> {
  const res = await bot.post(
    '/api/v1/inspection-plans',
    planBody({
      applicant: `ou_demo_${unit}_officer`,
      unit,
      enterprises: [uscc],
      inspectors: [`ou_demo_${unit}_officer`, `ou_demo_${unit}_head`],
    }),
  );
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await settled();
  return id;
}

describe('an approver the platform will not deliver to is handled as one who left', () => {
  it.each([
    [230013, 'nature', 'ou_demo_deputy_1', USCC.coking],
    [230029, 'water', 'ou_demo_deputy_1', USCC.steel],
    [230034, 'air', 'ou_demo_deputy_2', USCC.chemical],
    [230053, 'soil', 'ou_demo_deputy_2', USCC.coal],
    [99992361, 'eia', 'ou_demo_deputy_3', USCC.cement],
  ])('refused with %i: the %s head’s step goes to the supervisor', async (code, unit, successor, uscc) => {
    const head = `ou_demo_${unit}_head`;
    fake.refuse(head, code);
    const id = await filePlan(unit, uscc);

    const request = await getRequest(bot, id);
    expect(request.status).toBe('pending');
    expect(request.steps[0]).toMatchObject({ status: 'pending', openId: successor });
    expect(request.decisions.at(-1)).toMatchObject({ action: 'reassign', actorName: '系统' });
    const refused = await bot.store.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, head), like(outbox.cardRef, `approval:${id}:step:0:%`)));
    expect(refused.map((r) => r.status)).toEqual(['refused']);
    expect(await deadLetters()).toEqual([]);
    expect(await audits('approval.approver-unreachable', id)).toMatchObject([{ step: 0, code }]);
    expect(await audits('approval.reassigned', id)).toMatchObject([
      { step: 0, why: 'unreachable', to: { name: request.steps[0]!.name } },
    ]);
    const toApplicant = textsTo(`ou_demo_${unit}_officer`).filter((t) => t.includes(id));
    expect(toApplicant).toEqual([expect.stringMatching(new RegExp(`飞书错误码 ${code}）.*现改由`))]);
    const toAdmin = textsTo(ADMIN).filter((t) => t.includes(id));
    expect(toAdmin).toEqual([
      expect.stringContaining(`已按审批人离岗的规则改由${request.steps[0]!.name}审批`),
    ]);

    // The unreachable head, clicking the card they were meant to get, is told who holds the step.
    const undelivered = JSON.parse(refused[0]!.content!) as Record<string, unknown>;
    const late = await bot.click(head, actionValueOf(undelivered, '退回修改'));
    expect(toastOf(late)).toContain(`改由${request.steps[0]!.name}办理`);

    // The new approver's card works: 同意 moves the request to its next step.
    const card = workingCard(fake, successor, 'approval.decide', id);
    const answer = await clickCard(bot, fake, successor, card, actionValue(card, 'approval.decide', '同意'));
    expect(toastOf(answer)).toBe('审批意见已提交。');
    await settled();
    expect((await getRequest(bot, id)).steps[0]).toMatchObject({ status: 'approved' });
  });

  it('keeps the step and tells the administrators when nobody can take over', async () => {
    fake.refuse('ou_demo_deputy_3', 230053);
    fake.refuse('ou_demo_director', 230013);
    fake.refuse('ou_demo_legal_head', 230029);
    const id = await filePlan('legal', USCC.foundry);

    const request = await getRequest(bot, id);
    expect(request.status).toBe('pending');
    // legal head -> 分管局长 (unreachable) -> 局长 (unreachable): nobody is left, the step stays with the last.
    expect(request.steps[0]).toMatchObject({ status: 'pending', openId: 'ou_demo_director' });
    expect((await audits('approval.reassigned', id)).map((d) => d.why)).toEqual([
      'unreachable',
      'unreachable',
    ]);
    expect(await audits('approval.approver-unreachable', id)).toHaveLength(3);
    expect(await deadLetters()).toEqual([]);
    const toAdmin = textsTo(ADMIN).filter((t) => t.includes(id));
    expect(toAdmin.at(-1)).toContain('分管局长和局长均无法接替');
    expect(toAdmin.at(-1)).toContain('该环节仍由局长（示例）审批');
    const toApplicant = textsTo('ou_demo_legal_officer').filter((t) => t.includes(id));
    expect(toApplicant.at(-1)).toContain('暂无可接替的审批人');
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

/** The callback value of a card's button by label, from the card JSON the outbox kept. */
function actionValueOf(card: unknown, label: string): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const n = node as Record<string, unknown>;
      const value = (n.behaviors as { value?: Record<string, unknown> }[] | undefined)?.[0]?.value;
      if (n.tag === 'button' && value && (n.text as { content?: string }).content === label)
        found.push(value);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  if (!found[0]) throw new Error(`no ${label} button`);
  return found[0];
}
