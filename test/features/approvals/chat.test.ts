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
  press,
  sentTo,
  textsTo,
  toastOf,
  TODAY_10AM,
  type Sent,
} from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

const POWER_PLANT = '91140403TFCBQRCW7W';

async function ask(openId: string, text: string): Promise<Sent> {
  await bot.sendText(openId, text);
  const last = (await sentTo(bot, openId)).at(-1);
  if (!last) throw new Error('no answer');
  return last;
}

function fieldsOf(card: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (typeof n === 'object' && n !== null) {
      const el = n as Record<string, unknown>;
      if (typeof el.name === 'string' && el.tag !== 'form' && el.tag !== 'button') out[el.name] = el;
      Object.values(el).forEach(walk);
    }
  };
  walk(card);
  return out;
}

const SPECIAL_FORM = {
  name: '危险废物非法处置专项',
  basis: '《中华人民共和国固体废物污染环境防治法》',
  from: '2026-12-01 +0800',
  to: '2026-12-31 +0800',
  unit: 'soil',
  targets: '危险废物经营许可证持证单位',
  content: '危险废物贮存、转移及处置情况',
  focus: '危险废物非法处置',
};

describe('starting a request in chat', () => {
  let specialId = '';

  it('answers 「申请专项检查：…」 with the 附件1 form, pre-filled from the words after it', async () => {
    const form = await ask(
      'ou_demo_soil_officer',
      '申请专项检查：危险废物非法处置专项，2026年12月1日至12月31日',
    );
    expect(form.msgType).toBe('interactive');
    const fields = fieldsOf(form.content);
    expect(Object.keys(fields)).toEqual([
      'name',
      'basis',
      'from',
      'to',
      'unit',
      'targets',
      'content',
      'focus',
    ]);
    expect(fields.name?.default_value).toBe('危险废物非法处置专项');
    expect(fields.focus?.default_value).toBe('危险废物非法处置');
    expect([fields.from?.initial_date, fields.to?.initial_date]).toEqual(['2026-12-01', '2026-12-31']);
    expect(fields.unit?.initial_option).toBe('soil');

    const submit = buttonValue(form.content, '提交审批');
    const someoneElse = await bot.click('ou_demo_air_officer', submit, { formValue: SPECIAL_FORM });
    expect(someoneElse.toast).toMatchObject({
      type: 'error',
      content: expect.stringContaining('该审批表由他人发起'),
    });
    const answer = await bot.click('ou_demo_soil_officer', submit, {
      formValue: SPECIAL_FORM,
      openMessageId: form.messageId,
    });
    specialId = /ZX-2026-\d{4}/.exec(toastOf(answer))?.[0] ?? '';
    expect(toastOf(answer)).toBe(`已提交，编号${specialId}，已送土壤生态环境科负责人（示例）审批。`);
    expect(buttonLabels(answerCard(answer) ?? {})).toEqual(['催办', '撤回']);
    expect((await getRequest(bot, specialId)).form).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    await approverCard(bot, 'ou_demo_soil_head', specialId);

    const twice = await bot.click('ou_demo_soil_officer', submit, { formValue: SPECIAL_FORM });
    expect(twice.toast).toEqual({
      type: 'info',
      content: `该审批表已提交，编号${specialId}，无需重复提交。`,
    });
  });

  it('shows the 附件2 form with its fields, and sends it back with each problem and clause when blocked', async () => {
    const form = await ask(
      'ou_demo_air_officer',
      '发起入企检查审批：长治示例热电有限公司，12月28日至12月29日，现场检查',
    );
    const fields = fieldsOf(form.content);
    expect(Object.keys(fields)).toEqual([
      'type',
      'typeNote',
      'special',
      'basis',
      'from',
      'to',
      'enterprises',
      'enterpriseText',
      'unit',
      'inspectors',
      'inspectorText',
      'content',
      'methods',
      'reason',
      'quietExemption',
      'quietExemptionNote',
    ]);
    expect(fields.enterprises?.selected_values).toEqual([POWER_PLANT]);
    expect(fields.methods?.selected_values).toEqual(['on-site']);
    expect(fields.unit?.initial_option).toBe('air');
    const options = (fields.type?.options as { text: { content: string } }[]).map((o) => o.text.content);
    expect(options).toEqual(['双随机', '专项', '举报投诉', '转办交办', '数据监测', '应企业申请', '其他']);
    const submit = buttonValue(form.content, '提交审批');
    const values = {
      type: 'random',
      basis: '年度双随机抽查计划',
      from: '2026-12-28 +0800',
      to: '2026-12-29 +0800',
      enterprises: [POWER_PLANT],
      unit: 'air',
      inspectors: ['ou_demo_air_officer'],
      methods: ['on-site'],
    };

    const incomplete = await bot.click('ou_demo_air_officer', submit, { formValue: values });
    expect(toastOf(incomplete)).toBe('审批表填写不完整，请按提示修改。');
    expect(cardText(answerCard(incomplete) ?? {})).toContain('【须纠正】检查内容：请填写检查内容');

    const blocked = await bot.click('ou_demo_air_officer', submit, {
      formValue: { ...values, content: '废气排放' },
    });
    expect(toastOf(blocked)).toBe('申请未通过合规核查，请按提示修改。');
    const again = answerCard(blocked) ?? {};
    expect(cardText(again)).toMatch(/【须纠正】.*正面清单.*须写明理由（第9条 严格落实监管正面清单制度）/);
    expect(buttonValue(again, '提交审批')).toEqual(submit);
    expect(fieldsOf(again).content?.default_value).toBe('废气排放');

    const accepted = await bot.click('ou_demo_air_officer', submit, {
      formValue: {
        ...values,
        content: '废气排放',
        reason: '群众反映夜间异味，需现场核实。',
        enterpriseText: '长治示例焦化有限公司',
        // Someone the capped select may not list is named instead.
        inspectorText: '水生态环境科工作人员（示例）',
      },
    });
    const id = /JC-2026-\d{4}/.exec(toastOf(accepted))?.[0] ?? '';
    const request = await getRequest(bot, id);
    expect(request.form).toMatchObject({
      enterprises: [{ uscc: POWER_PLANT }, { name: '长治示例焦化有限公司' }],
      inspectors: [{ openId: 'ou_demo_air_officer' }, { openId: 'ou_demo_water_officer' }],
    });
    expect(cardText((await approverCard(bot, 'ou_demo_air_head', id)).content)).toContain('【提醒】');
  });

  it('leaves questions to the policy answerer', async () => {
    await bot.sendText('ou_demo_soil_officer', '申请专项检查需要谁批准？', { messageId: 'om_question_1' });
    const replies = (await sentTo(bot, 'ou_demo_soil_officer')).filter((m) => m.replyTo === 'om_question_1');
    expect(replies.flatMap((m) => buttonLabels(m.content))).not.toContain('提交审批');
  });

  it('lists the asker’s pending approvals as cards (我的待办) that can be acted on', async () => {
    await bot.sendText('ou_demo_soil_head', '我的待办');
    const texts = await textsTo(bot, 'ou_demo_soil_head');
    expect(texts.at(-1)).toBe('您当前有1项待审批事项：');
    const cards = await cardsTo(bot, 'ou_demo_soil_head', specialId);
    expect(cards).toHaveLength(2);
    await press(bot, 'ou_demo_soil_head', cards[1]!, '同意');
    for (const card of await cardsTo(bot, 'ou_demo_soil_head', specialId)) {
      expect(buttonLabels(card.content)).toEqual([]);
    }
    await bot.sendText('ou_demo_water_head', '我的待办');
    expect((await textsTo(bot, 'ou_demo_water_head')).at(-1)).toBe('您当前没有待审批事项。');
  });

  it('lists the asker’s requests with their status (我的申请)', async () => {
    const list = await ask('ou_demo_soil_officer', '我的申请');
    expect(cardText(list.content)).toContain(`**${specialId}** 危险废物非法处置专项`);
    expect(cardText(list.content)).toContain('审批中，待副局长乙（示例）（分管局长）审批');
  });

  it('buzzes the approver on 「催办」 at most once an hour', async () => {
    await bot.sendText('ou_demo_soil_officer', `催办 ${specialId}`);
    expect((await textsTo(bot, 'ou_demo_soil_officer')).at(-1)).toBe(
      `已提醒副局长乙（示例）（分管局长）尽快审批申请${specialId}。`,
    );
    expect((await approverCard(bot, 'ou_demo_deputy_2', specialId)).urgent).toBe(true);
    await bot.sendText('ou_demo_soil_officer', `催办 ${specialId}`);
    expect((await textsTo(bot, 'ou_demo_soil_officer')).at(-1)).toBe(
      '您已于2026-11-26 10:00催办过，每小时最多催办一次，请稍后再试。',
    );
  });

  it('withdraws on 「撤回 <编号>」 from the applicant only', async () => {
    await bot.sendText('ou_demo_air_officer', `撤回 ${specialId}`);
    expect((await textsTo(bot, 'ou_demo_air_officer')).at(-1)).toBe('只有申请人本人可以撤回该申请。');
    await bot.sendText('ou_demo_soil_officer', `撤回 ${specialId.toLowerCase()}`);
    expect((await textsTo(bot, 'ou_demo_soil_officer')).at(-1)).toBe(
      `申请${specialId}已撤回，审批人的待办卡片已同步失效。`,
    );
    expect(buttonLabels((await approverCard(bot, 'ou_demo_deputy_2', specialId)).content)).toEqual([]);
    await bot.sendText('ou_demo_soil_officer', `撤回 ${specialId}`);
    expect((await textsTo(bot, 'ou_demo_soil_officer')).at(-1)).toBe(`申请${specialId}已撤回，不能撤回。`);
  });
});
