import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  approverCard,
  buttonLabels,
  buttonValue,
  cardText,
  cardsTo,
  getRequest,
  newPlan,
  press,
  pressLatest,
  textsTo,
  toastOf,
  TODAY_10AM,
  USCC,
} from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

describe('decisions', () => {
  it('rejects with a reason, which the applicant is told', async () => {
    const id = await newPlan(bot, USCC.chemical);
    const card = await approverCard(bot, 'ou_demo_air_head', id);
    const answer = await press(bot, 'ou_demo_air_head', card, '驳回', { comment: '检查依据不充分。' });
    expect(toastOf(answer)).toBe('审批意见已提交。');
    expect(cardText(answerCard(answer) ?? {})).toContain('检查依据不充分。');
    const request = await getRequest(bot, id);
    expect(request.status).toBe('rejected');
    expect(request.steps.map((s) => s.status)).toEqual(['rejected', 'waiting']);
    expect(await cardsTo(bot, 'ou_demo_deputy_2', id)).toHaveLength(0);
    expect((await textsTo(bot, 'ou_demo_air_officer')).at(-1)).toBe(
      `您的申请${id}（长治示例化工有限公司检查计划）已被大气环境科负责人（示例）驳回。理由：检查依据不充分。`,
    );
  });

  it('refuses 驳回 without a reason and changes nothing', async () => {
    const id = await newPlan(bot, USCC.foundry);
    const card = await approverCard(bot, 'ou_demo_air_head', id);
    const answer = await press(bot, 'ou_demo_air_head', card, '驳回', { comment: '  ' });
    expect(answer.toast).toEqual({ type: 'error', content: '驳回须在审批意见中填写理由。' });
    expect(answerCard(answer)).toBeUndefined();
    const request = await getRequest(bot, id);
    expect(request.status).toBe('pending');
    expect(request.decisions).toEqual([]);
  });

  it('returns for changes and hands the applicant the form again, filled in', async () => {
    const id = await newPlan(bot, USCC.ceramics);
    const card = await approverCard(bot, 'ou_demo_air_head', id);
    await press(bot, 'ou_demo_air_head', card, '退回修改', { comment: '请补充检查人员。' });
    expect((await getRequest(bot, id)).status).toBe('returned');
    const texts = await textsTo(bot, 'ou_demo_air_officer');
    expect(texts.at(-1)).toContain('已被大气环境科负责人（示例）退回修改。意见：请补充检查人员。');
    const [form] = (await cardsTo(bot, 'ou_demo_air_officer', '入企执法检查计划审批表')).slice(-1);
    expect(JSON.stringify(form?.content)).toContain(USCC.ceramics);
    expect(cardText(form?.content ?? {})).toContain('入企执法检查对象');
  });

  it('lets the applicant withdraw while pending; the open approver card turns read-only', async () => {
    const id = await newPlan(bot, USCC.sewage);
    const mine = (await cardsTo(bot, 'ou_demo_air_officer', id)).at(-1);
    expect(mine && buttonLabels(mine.content)).toEqual(['催办', '撤回']);
    const other = await bot.click('ou_demo_water_officer', buttonValue(mine!.content, '撤回'));
    expect(other.toast).toEqual({ type: 'error', content: '只有申请人本人可以撤回该申请。' });
    const answer = await press(bot, 'ou_demo_air_officer', mine!, '撤回');
    expect(toastOf(answer)).toBe(`申请${id}已撤回。`);
    expect(buttonLabels(answerCard(answer) ?? {})).toEqual([]);
    expect((await getRequest(bot, id)).status).toBe('withdrawn');
    const approver = await approverCard(bot, 'ou_demo_air_head', id);
    expect(buttonLabels(approver.content)).toEqual([]);
    expect(cardText(approver.content)).toContain('申请人已于2026-11-26 10:00撤回该申请');
    const late = await bot.click('ou_demo_air_head', {
      action: 'approval.decide',
      id,
      step: 0,
      decision: 'approve',
    });
    expect(late.toast).toEqual({ type: 'info', content: '申请人已于2026-11-26 10:00撤回该申请，无需办理。' });
  });

  it('lets a leader on leave name a delegate; the record carries both names', async () => {
    await bot.sendText('ou_demo_deputy_2', '请假委托 副局长甲（示例） 11月26日 12月5日');
    expect((await textsTo(bot, 'ou_demo_deputy_2')).at(-1)).toContain(
      '已委托副局长甲（示例）于2026-11-26至2026-12-05代为办理您的审批事项',
    );
    const id = await newPlan(bot, USCC.waste);
    await pressLatest(bot, 'ou_demo_air_head', id, '同意');
    const delegated = await approverCard(bot, 'ou_demo_deputy_1', id);
    expect(cardText(delegated.content)).toContain('您受副局长乙（示例）委托');
    await press(bot, 'ou_demo_deputy_1', delegated, '同意', { comment: '同意。' });
    const request = await getRequest(bot, id);
    expect(request.status).toBe('approved');
    expect(request.steps[1]).toMatchObject({
      decidedBy: { name: '副局长甲（示例）' },
      onBehalfOf: '副局长乙（示例）',
    });
    const principalCard = await approverCard(bot, 'ou_demo_deputy_2', id);
    expect(buttonLabels(principalCard.content)).toEqual([]);
    expect(cardText(principalCard.content)).toContain('副局长甲（示例）代副局长乙（示例）签署');
  });

  it('refuses a delegation from someone who approves nothing', async () => {
    await bot.sendText('ou_demo_air_officer', '请假委托 大气环境科负责人（示例） 12月1日 12月5日');
    expect((await textsTo(bot, 'ou_demo_air_officer')).at(-1)).toBe('请假委托仅适用于承担审批职责的领导。');
  });

  it('transfers a step to another person, recorded on the chain', async () => {
    const id = await newPlan(bot, USCC.chemical, {
      unit: 'water',
      applicant: 'ou_demo_water_officer',
      inspectors: [],
    });
    const card = await approverCard(bot, 'ou_demo_water_head', id);
    const empty = await press(bot, 'ou_demo_water_head', card, '转交', {});
    expect(empty.toast).toEqual({ type: 'error', content: '请先选择转交给谁，再点击「转交」。' });
    const answer = await press(bot, 'ou_demo_water_head', card, '转交', {
      transferTo: 'ou_demo_nature_head',
      comment: '本人出差，请代为审核。',
    });
    expect(toastOf(answer)).toBe('已转交自然生态保护科负责人（示例）办理。');
    expect(buttonLabels(answerCard(answer) ?? {})).toEqual([]);
    const taken = await approverCard(bot, 'ou_demo_nature_head', id);
    expect(buttonLabels(taken.content)).toContain('同意');
    const stale = await press(bot, 'ou_demo_water_head', card, '同意');
    expect(toastOf(stale)).toBe('您已于2026-11-26 10:00将该环节转交自然生态保护科负责人（示例）办理。');
    await press(bot, 'ou_demo_nature_head', taken, '同意');
    const request = await getRequest(bot, id);
    expect(request.steps[0]).toMatchObject({ name: '自然生态保护科负责人（示例）', status: 'approved' });
    expect(request.decisions.map((d) => [d.action, d.actorName, d.toName])).toEqual([
      ['transfer', '水生态环境科负责人（示例）', '自然生态保护科负责人（示例）'],
      ['approve', '自然生态保护科负责人（示例）', null],
    ]);
    expect(
      (await textsTo(bot, 'ou_demo_water_officer')).some((t) =>
        t.includes('转交自然生态保护科负责人（示例）审批'),
      ),
    ).toBe(true);
  });
});

describe('who may act', () => {
  it('gives anyone but the current approver an error toast and changes nothing', async () => {
    const id = await newPlan(bot, USCC.coking, { from: '2026-11-28', to: '2026-11-28' });
    const card = await approverCard(bot, 'ou_demo_air_head', id);
    for (const intruder of ['ou_demo_air_officer', 'ou_demo_deputy_2', 'ou_demo_director']) {
      const answer = await press(bot, intruder, card, '同意');
      expect(answer.toast).toEqual({ type: 'error', content: '您不是该审批环节的当前审批人，无权办理。' });
      expect(answerCard(answer)).toBeUndefined();
    }
    const request = await getRequest(bot, id);
    expect(request.status).toBe('pending');
    expect(request.decisions).toEqual([]);
  });

  it('refuses forged callback values unless the operator is the current approver of that exact step', async () => {
    const mine = await newPlan(bot, USCC.steel, { from: '2026-11-29', to: '2026-11-29' });
    const theirs = await newPlan(bot, USCC.steel, {
      from: '2026-11-29',
      to: '2026-11-29',
      unit: 'gaoxin',
      applicant: 'ou_demo_gaoxin_officer',
      inspectors: [],
    });
    const refused = { type: 'error', content: '您不是该审批环节的当前审批人，无权办理。' };
    const forge = (value: Record<string, unknown>) =>
      bot.click('ou_demo_air_head', { action: 'approval.decide', ...value });
    expect((await forge({ id: theirs, step: 0, decision: 'approve' })).toast).toEqual(refused);
    expect((await forge({ id: mine, step: 1, decision: 'approve' })).toast).toEqual(refused);
    expect((await forge({ id: mine, step: 0, decision: 'delete' })).toast).toEqual({
      type: 'error',
      content: '该卡片操作无效。',
    });
    expect((await forge({ id: 'JC-2026-9999', step: 0, decision: 'approve' })).toast).toEqual({
      type: 'error',
      content: '未找到该审批申请。',
    });
    expect(
      (
        await bot.click(
          'ou_demo_air_head',
          { action: 'approval.transfer', id: theirs, step: 0 },
          { formValue: { transferTo: 'ou_demo_air_head' } },
        )
      ).toast,
    ).toEqual(refused);
    for (const id of [mine, theirs]) {
      const request = await getRequest(bot, id);
      expect(request.status).toBe('pending');
      expect(request.decisions).toEqual([]);
    }
    const genuine = await forge({ id: mine, step: 0, decision: 'approve' });
    expect(toastOf(genuine)).toBe('审批意见已提交。');
  });
});

describe('a stand-in on their own request', () => {
  it('cannot decide it, and is not sent it', async () => {
    await bot.sendText('ou_demo_air_head', '请假委托 大气环境科工作人员（示例） 2026-11-26 2026-11-27');
    expect((await textsTo(bot, 'ou_demo_air_head')).at(-1)).toContain('已委托大气环境科工作人员（示例）');
    const id = await newPlan(bot, USCC.coal);
    const cards = await cardsTo(bot, 'ou_demo_air_officer', id);
    expect(cards.filter((c) => buttonLabels(c.content).includes('同意'))).toEqual([]);
    const answer = await bot.click('ou_demo_air_officer', {
      action: 'approval.decide',
      id,
      step: 0,
      decision: 'approve',
    });
    expect(answer.toast).toEqual({ type: 'error', content: '您不是该审批环节的当前审批人，无权办理。' });
    await bot.sendText('ou_demo_air_officer', '我的待办');
    expect((await textsTo(bot, 'ou_demo_air_officer')).at(-1)).toBe('您当前没有待审批事项。');
    expect((await getRequest(bot, id)).status).toBe('pending');
  });
});
