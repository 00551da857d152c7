import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalDecisions, outbox } from '../../../db/schema/index.js';
import { checkCenter } from '../../../src/features/approval-center/index.js';
import { identityFor } from '../../../src/lark/payloads.js';
import { callbackBody } from '../../support/fake-lark-approval-callback.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { buttonLabels, cardText, getRequest, newPlan, TODAY_10AM, USCC } from '../approvals/support.js';

// The demo calendar makes December quiet (第10条): each plan names the exemption it claims.
const QUIET = { quietExemption: 'other', quietExemptionNote: '按上级部署开展' };
import {
  cardIn,
  CENTER_ENV,
  contentOf,
  expectCenterInStep,
  forgedAction,
  heldInstance,
  pendingTask,
  pressIn,
  quickAction,
  shown,
} from './support.js';

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM, env: CENTER_ENV });
});
afterAll(async () => {
  await bot?.close();
  await fake.close();
});

const decisionsOf = (id: string) =>
  bot.store.db.select().from(approvalDecisions).where(eq(approvalDecisions.requestId, id));

/** Every step in turn, as long as the request waits on someone. */
async function approveAll(id: string, decide: (openId: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const request = await getRequest(bot, id);
    const step = request.steps.find((s) => s.status === 'pending');
    if (request.status !== 'pending' || !step) return;
    await decide(step.openId);
    await expectCenterInStep(bot, fake, id);
  }
}

describe('a request in the approval center', () => {
  it('defines both approvals and syncs the submitted request: applicant, fields, pending task, links', async () => {
    const id = await newPlan(bot, USCC.coking, { ...QUIET, from: '2026-12-02', to: '2026-12-02' });
    await bot.settle();
    await fake.waitFor(() => heldInstance(fake, id));
    expect([...fake.approvalCenter.definitions.keys()].sort()).toEqual([
      'ZHIFA_PLAN_APPROVAL',
      'ZHIFA_SPECIAL_APPROVAL',
    ]);
    const definition = fake.approvalCenter.definitions.get('ZHIFA_PLAN_APPROVAL') as {
      external: Record<string, unknown>;
    };
    expect(definition.external).toMatchObject({
      enable_quick_operate: true,
      action_callback_url: `${bot.config.publicBaseUrl}/lark/approval-actions`,
      action_callback_token: CENTER_ENV.LARK_APPROVAL_ACTION_TOKEN,
      action_callback_key: CENTER_ENV.LARK_APPROVAL_ACTION_KEY,
    });
    const instance = heldInstance(fake, id)!;
    const request = await getRequest(bot, id);
    expect(instance.approval_code).toBe('ZHIFA_PLAN_APPROVAL');
    expect(instance.open_id).toBe((request.applicant as { openId: string }).openId);
    expect(instance.links.pc_link).toBe(`${bot.config.publicBaseUrl}/forms/${id}`);
    expect(instance.links.mobile_link).toBe(instance.links.pc_link);
    const fields = Object.fromEntries(
      instance.form.map((f) => [shown(instance, f.name), shown(instance, f.value)]),
    );
    expect(fields['检查企业']).toContain('长治示例焦化有限公司');
    expect(fields['检查时间']).toBe('2026-12-02 至 2026-12-02');
    expect(instance.task_list).toHaveLength(1);
    expect(instance.task_list[0]).toMatchObject({ open_id: 'ou_demo_air_head', status: 'PENDING' });
    await expectCenterInStep(bot, fake, id);
  });

  it('follows a request approved by card to the end, the center in step after every decision', async () => {
    const id = await newPlan(bot, USCC.steel, QUIET);
    await approveAll(id, async (openId) => {
      await pressIn(bot, fake, openId, id, '同意', { comment: '同意' });
    });
    expect((await getRequest(bot, id)).status).toBe('approved');
    const instance = heldInstance(fake, id)!;
    expect(instance.status).toBe('APPROVED');
    expect(instance.task_list.every((t) => t.status === 'APPROVED')).toBe(true);
    const request = await getRequest(bot, id);
    const inspectors = (request.form as { inspectors: { openId: string }[] }).inspectors.map((p) => p.openId);
    const applicant = (request.applicant as { openId: string }).openId;
    expect(instance.cc_list.map((c) => c.open_id).sort()).toEqual(
      inspectors.filter((o) => o !== applicant).sort(),
    );
  });

  it('follows a request approved from the center to the end; the chat card is closed as if pressed', async () => {
    const id = await newPlan(bot, USCC.chemical, QUIET);
    await bot.settle();
    const firstCard = await cardIn(bot, fake, 'ou_demo_air_head', id);
    await approveAll(id, async (openId) => {
      const answer = await quickAction(bot, fake, id, pendingTask(fake, id, openId), { type: 'APPROVE' });
      expect(answer).toEqual({ status: 200, body: { code: 0, msg: 'success' } });
    });
    expect((await getRequest(bot, id)).status).toBe('approved');
    expect(heldInstance(fake, id)?.status).toBe('APPROVED');
    const closed = await cardIn(bot, fake, 'ou_demo_air_head', id);
    expect(closed.messageId).toBe(firstCard.messageId);
    expect(buttonLabels(contentOf(closed))).toEqual([]);
    expect(cardText(contentOf(closed))).toContain('大气环境科负责人（示例）已于2026-11-26 10:00同意');
  });

  it('keeps update_time strictly increasing for one instance, even with the clock standing still', async () => {
    const id = await newPlan(bot, USCC.coal, QUIET);
    await bot.settle();
    await pressIn(bot, fake, 'ou_demo_air_head', id, '同意', { comment: '同意' });
    const syncs = fake.requests
      .filter((r) => r.path === '/open-apis/approval/v4/external_instances')
      .map((r) => r.body as { instance_id: string; update_time: string })
      .filter((b) => b.instance_id === id)
      .map((b) => Number(b.update_time));
    expect(syncs.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < syncs.length; i++) expect(syncs[i]).toBeGreaterThan(syncs[i - 1]!);
  });
});

describe('quick approval callbacks that must change nothing', () => {
  const air = 'ou_demo_air_head';

  it("is the documented body: the operator's user_id, the task's ids and context, the token", async () => {
    const id = await newPlan(bot, USCC.foundry, { ...QUIET, from: '2026-12-16', to: '2026-12-16' });
    await bot.settle();
    const task = pendingTask(fake, id, air);
    const body = callbackBody(fake.approvalCenter, {
      instanceId: id,
      task,
      type: 'REJECT',
      reason: '依据不足',
    });
    expect(body).toEqual({
      action_type: 'REJECT',
      action_context: task.action_context,
      user_id: identityFor(air).user_id,
      approval_code: 'ZHIFA_PLAN_APPROVAL',
      instance_id: id,
      task_id: task.task_id,
      reason: '依据不足',
      token: CENTER_ENV.LARK_APPROVAL_ACTION_TOKEN,
    });
  });

  it('answers a repeated callback with the first answer and decides once', async () => {
    const id = await newPlan(bot, USCC.cement, QUIET);
    await bot.settle();
    const task = pendingTask(fake, id, air);
    const first = await quickAction(bot, fake, id, task, { type: 'APPROVE' });
    const again = await quickAction(bot, fake, id, task, { type: 'APPROVE' });
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    // The approver's list had not caught up yet: a reject of the same task is refused, with the reason shown.
    const reject = await quickAction(bot, fake, id, task, { type: 'REJECT', reason: '不妥' });
    expect(reject.status).toBe(409);
    expect(reject.body).toMatchObject({ without_prefix: 'true' });
    expect(String(reject.body.message)).not.toBe('');
    expect(await decisionsOf(id)).toHaveLength(1);
    await expectCenterInStep(bot, fake, id);
  });

  it('refuses a forged token, a wrong key, a plain body while a key is set, and a reject without reason', async () => {
    const id = await newPlan(bot, USCC.steel, { ...QUIET, from: '2026-12-09', to: '2026-12-09' });
    await bot.settle();
    const task = pendingTask(fake, id, air);
    const same = (b: Record<string, unknown>) => b;
    expect((await forgedAction(bot, fake, id, task, (b) => ({ ...b, token: 'forged' }))).status).toBe(401);
    expect((await forgedAction(bot, fake, id, task, same, 'other-key')).status).toBe(401);
    expect((await forgedAction(bot, fake, id, task, same, '')).status).toBe(401);
    // The center itself asks for the reason first; a callback without one is refused all the same.
    await expect(fake.pressInCenter({ instanceId: id, task, type: 'REJECT' })).rejects.toThrow(/reason/);
    const bare = await forgedAction(bot, fake, id, task, (b) => ({ ...b, action_type: 'REJECT' }));
    expect(bare).toEqual({
      status: 422,
      body: { message: '驳回须在审批意见中填写理由。', without_prefix: 'true' },
    });
    expect(await decisionsOf(id)).toHaveLength(0);
    const rejected = await quickAction(bot, fake, id, task, { type: 'REJECT', reason: '依据不足' });
    expect(rejected.status).toBe(200);
    expect((await getRequest(bot, id)).status).toBe('rejected');
    await expectCenterInStep(bot, fake, id);
  });

  it('refuses a callback naming another approver, instance or approval than the task', async () => {
    const id = await newPlan(bot, USCC.coking, { ...QUIET, from: '2026-12-14', to: '2026-12-14' });
    await bot.settle();
    const task = pendingTask(fake, id, air);
    const stranger = await forgedAction(bot, fake, id, task, (b) => ({
      ...b,
      open_id: 'ou_demo_water_head',
    }));
    expect(stranger.status).toBe(403);
    const elsewhere = await forgedAction(bot, fake, id, task, (b) => ({ ...b, instance_id: 'other' }));
    expect(elsewhere.status).toBe(422);
    const special = await forgedAction(bot, fake, id, task, (b) => ({
      ...b,
      approval_code: 'ZHIFA_SPECIAL_APPROVAL',
    }));
    expect(special.status).toBe(409);
    const unknown = await forgedAction(bot, fake, id, task, (b) => ({ ...b, task_id: `${id}-0-7` }));
    expect(unknown.status).toBe(409);
    expect(await decisionsOf(id)).toHaveLength(0);
    // After a search the center names the task in `id` instead of `task_id`.
    const searched = await forgedAction(bot, fake, id, task, ({ task_id, ...b }) => ({ ...b, id: task_id }));
    expect(searched.status).toBe(200);
    expect(await decisionsOf(id)).toHaveLength(1);
    await expectCenterInStep(bot, fake, id);
  });

  it('refuses a task the step was transferred away from', async () => {
    const id = await newPlan(bot, USCC.chemical, { ...QUIET, from: '2026-12-10', to: '2026-12-10' });
    await bot.settle();
    const task = pendingTask(fake, id, air);
    await pressIn(bot, fake, air, id, '转交', { transferTo: 'ou_demo_deputy_2' });
    const stale = await quickAction(bot, fake, id, task, { type: 'APPROVE' });
    expect(stale.status).toBe(409);
    expect((await getRequest(bot, id)).steps[0]?.status).toBe('pending');
    const instance = heldInstance(fake, id)!;
    expect(instance.task_list.map((t) => [t.open_id, t.status])).toEqual([
      [air, 'TRANSFERRED'],
      ['ou_demo_deputy_2', 'PENDING'],
    ]);
  });
});

describe('a center that fails', () => {
  it('never holds a decision up, and the periodic check puts back what it missed', async () => {
    const id = await newPlan(bot, USCC.coal, { ...QUIET, from: '2026-12-11', to: '2026-12-11' });
    await bot.settle();
    // The decision's sync and the next step's: both refused for good.
    fake.failNext(2, {
      status: 400,
      code: 1390001,
      pathPrefix: '/open-apis/approval/v4/external_instances',
    });
    const answer = await pressIn(bot, fake, 'ou_demo_air_head', id, '同意', { comment: '同意' });
    expect(answer.toast).toEqual({ type: 'success', content: '审批意见已提交。' });
    const dead = await bot.store.db.select().from(outbox).where(eq(outbox.status, 'dead'));
    expect(dead.filter((r) => r.target === id).length).toBeGreaterThan(0);
    expect(heldInstance(fake, id)?.task_list).toHaveLength(1);
    const run = await checkCenter(bot.runtime.services);
    expect(run.resynced).toContain(id);
    await expectCenterInStep(bot, fake, id);
    expect((await checkCenter(bot.runtime.services)).resynced).toEqual([]);
  });
});

describe('a stand-in in the center', () => {
  it('decides from their own task for the leader on leave; the center shows who signed', async () => {
    await bot.sendText('ou_demo_deputy_2', '请假委托 副局长甲（示例） 11月26日 12月5日');
    const id = await newPlan(bot, USCC.waste, { ...QUIET, from: '2026-12-15', to: '2026-12-15' });
    await bot.settle();
    await pressIn(bot, fake, 'ou_demo_air_head', id, '同意', { comment: '同意' });
    const task = pendingTask(fake, id, 'ou_demo_deputy_1');
    expect(task.task_id).toMatch(/-d$/);
    const answer = await quickAction(bot, fake, id, task, { type: 'APPROVE', reason: '同意。' });
    expect(answer.status).toBe(200);
    const request = await getRequest(bot, id);
    expect(request.steps[1]).toMatchObject({
      status: 'approved',
      decidedBy: { openId: 'ou_demo_deputy_1' },
      onBehalfOf: '副局长乙（示例）',
    });
    await bot.settle();
    // The holder's task is done without their action; the stand-in's carries the decision.
    const step = heldInstance(fake, id)!.task_list.filter((t) => t.task_id.startsWith(`${id}-1-`));
    expect(step.map((t) => [t.open_id, t.status])).toEqual([
      ['ou_demo_deputy_2', 'DONE'],
      ['ou_demo_deputy_1', 'APPROVED'],
    ]);
  });
});
