import { describe, expect, it } from 'vitest';
import { cardTitle, getRequest, newPlan, USCC } from '../approvals/support.js';
import { buttonLabels, chatForFile, content, noPolicyAnswer, textOf } from './support.js';

const t = chatForFile();

const HEAD = 'ou_demo_air_head';
const HANDLED = '该环节已由大气环境科负责人（示例）于2026-11-26 10:00办理（同意），无需重复操作。';

describe('a typed reply to the approver card', () => {
  it('applies 「同意」 as the 同意 button does, says so in one line, and tells a stale reply who decided', async () => {
    const id = await newPlan(t.bot, USCC.coking);
    const card = await t.c.firstCard(HEAD, id);
    const answers = await t.c.say(HEAD, '同意', card);
    expect(answers.map(textOf)).toEqual([`已按您的回复「同意」办理${id}：同意。`]);
    const request = await getRequest(t.bot, id);
    expect(request.steps[0]).toMatchObject({
      status: 'approved',
      decidedBy: { name: '大气环境科负责人（示例）' },
    });
    expect(request.steps[1]?.status).toBe('pending');
    await t.fake.waitFor(() => buttonLabels(content(card)).length === 0);
    await t.c.firstCard('ou_demo_deputy_2', id);

    expect((await t.c.say(HEAD, '同意！', card)).map(textOf)).toEqual([HANDLED]);
    expect((await getRequest(t.bot, id)).decisions).toHaveLength(1);
  });

  it('reads 「同意，请按时反馈结果」 as 同意 with that comment', async () => {
    const id = await newPlan(t.bot, USCC.steel);
    const answers = await t.c.say(HEAD, '同意，请按时反馈结果。', await t.c.firstCard(HEAD, id));
    expect(answers.map(textOf)).toEqual([
      `已按您的回复「同意，请按时反馈结果。」办理${id}：同意，审批意见：请按时反馈结果。`,
    ]);
    expect((await getRequest(t.bot, id)).steps[0]).toMatchObject({
      status: 'approved',
      comment: '请按时反馈结果',
    });
  });

  it('rejects on 「不同意，…」 with the reason, and returns on 「退回，…」', async () => {
    const rejected = await newPlan(t.bot, USCC.chemical);
    await t.c.say(HEAD, '不同意，检查时间与静默期冲突。', await t.c.firstCard(HEAD, rejected));
    const r = await getRequest(t.bot, rejected);
    expect(r.status).toBe('rejected');
    expect(r.steps[0]?.comment).toBe('检查时间与静默期冲突');

    const returned = await newPlan(t.bot, USCC.cement);
    await t.c.say(HEAD, '退回，补充检查人员', await t.c.firstCard(HEAD, returned));
    const back = await getRequest(t.bot, returned);
    expect(back.status).toBe('returned');
    expect(back.steps[0]?.comment).toBe('补充检查人员');
  });

  it('answers 「不同意」 without a reason and a soft 「可以」 with a card one click from the decision', async () => {
    const id = await newPlan(t.bot, USCC.foundry);
    const card = await t.c.firstCard(HEAD, id);
    const [confirmReject] = await t.c.say(HEAD, '不同意', card);
    expect(textOf(confirmReject!)).toContain('驳回须填写理由');
    expect(buttonLabels(content(confirmReject!))).toEqual(['确认驳回']);
    expect((await getRequest(t.bot, id)).status).toBe('pending');

    const [confirmApprove] = await t.c.say(HEAD, '可以', card);
    expect(buttonLabels(content(confirmApprove!))).toEqual(['确认同意']);
    const answer = await t.c.press(HEAD, confirmApprove!, '确认同意');
    expect(answer.toast).toEqual({ type: 'success', content: '审批意见已提交。' });
    expect((await getRequest(t.bot, id)).steps[0]?.status).toBe('approved');
    // The other confirmation card is closed with the step's other cards.
    await t.fake.waitFor(() => buttonLabels(content(confirmReject!)).length === 0);
  });

  it('answers 「转给副局长甲」 with the 转交 card, the person already chosen', async () => {
    const id = await newPlan(t.bot, USCC.ceramics);
    const [confirm] = await t.c.say(HEAD, '转给副局长甲', await t.c.firstCard(HEAD, id));
    expect(buttonLabels(content(confirm!))).toEqual(['确认转交']);
    expect(confirm!.content).toContain('"initial_option":"ou_demo_deputy_1"');
    await t.c.press(HEAD, confirm!, '确认转交', { transferTo: 'ou_demo_deputy_1' });
    const request = await getRequest(t.bot, id);
    expect(request.steps[0]).toMatchObject({ status: 'pending', name: '副局长甲（示例）' });
    expect(request.decisions.map((d) => d.action)).toEqual(['transfer']);
  });

  it('refuses a reply from someone who is not the approver, and leaves the request as it was', async () => {
    const id = await newPlan(t.bot, USCC.sewage);
    const card = await t.c.firstCard(HEAD, id);
    const answers = await t.c.say('ou_demo_water_head', '同意', card);
    expect(answers.map(textOf)).toEqual(['您不是该审批环节的当前审批人，无权办理。']);
    expect((await getRequest(t.bot, id)).steps[0]?.status).toBe('pending');
  });

  it('answers thanks, acknowledgements and hesitation with a line, never a policy answer', async () => {
    const id = await newPlan(t.bot, USCC.waste);
    const card = await t.c.firstCard(HEAD, id);
    const thanks = await t.c.say(HEAD, '谢谢', card);
    expect(thanks.map(textOf)).toEqual(['不客气。']);
    const ack = await t.c.say(HEAD, '收到', card);
    expect(textOf(ack[0]!)).toMatch(/^好的。/);
    const later = await t.c.say(HEAD, '好的，我看看', card);
    expect(textOf(later[0]!)).toContain('审阅后可在卡片中办理');
    expect(noPolicyAnswer([...thanks, ...ack, ...later])).toBe(true);
    expect((await getRequest(t.bot, id)).status).toBe('pending');
  });
});

describe('a typed decision in answer to no card', () => {
  it('lists several waiting items, offers one waiting item one click away, and says when none waits', async () => {
    const none = await t.c.say('ou_demo_legal_head', '同意');
    expect(none.map(textOf)).toEqual(['您当前没有待审批事项。']);

    // The waste plan of the test above and the sewage plan still wait on the head.
    const several = await t.c.say(HEAD, '同意');
    expect(textOf(several[0]!)).toMatch(/未指明申请.*您当前有\d+项待审批事项：/);
    expect(several.slice(1).every((m) => buttonLabels(content(m)).includes('同意'))).toBe(true);

    // The ceramics plan, handed to 副局长甲 above, is the one item waiting on him.
    const [one] = await t.c.say('ou_demo_deputy_1', '批准。');
    expect(cardTitle(content(one!))).toMatch(/^请确认：同意 JC-2026-\d{4}$/);
    const id = /JC-2026-\d{4}/.exec(cardTitle(content(one!)))?.[0] ?? '';
    await t.c.press('ou_demo_deputy_1', one!, '确认同意');
    expect((await getRequest(t.bot, id)).steps[0]).toMatchObject({
      status: 'approved',
      name: '副局长甲（示例）',
    });
  });
});
