import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyAnswers } from '../../../db/schema/index.js';
import { replaceQuietPeriods } from '../../../src/directory/directory-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  buttonLabels,
  buttonValue,
  cardText,
  cardTitle,
  getRequest,
  sentTo,
  textsTo,
  toastOf,
  type Sent,
} from '../approvals/support.js';
import { askInChat, auditActions, feedbackRows, TODAY_10AM, USCC } from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

type Node = Record<string, unknown>;

function nodes(card: Node, keep: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (typeof n === 'object' && n !== null) {
      if (keep(n as Node)) out.push(n as Node);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The quotation blocks of an answer card, each as its quote and its clause line. */
function quotes(card: Node): string[][] {
  return nodes(card, (n) => n.tag === 'column' && n.background_style === 'grey').map((column) =>
    (column.elements as Node[]).map((el) => String(el.content)),
  );
}

/** The markdown blocks in order, for the reading order of the card. */
function blocks(card: Node): string[] {
  return nodes(card, (n) => n.tag === 'markdown').map((n) => String(n.content));
}

function fieldsOf(card: Node): Record<string, Node> {
  const fields: Record<string, Node> = {};
  for (const n of nodes(card, (x) => typeof x.name === 'string' && x.tag !== 'form' && x.tag !== 'button')) {
    fields[String(n.name)] = n;
  }
  return fields;
}

describe('questions in chat', () => {
  it('answers a p2p question with the direct sentence, then the quoted clause and its label', async () => {
    const reply = await askInChat(bot, 'ou_demo_air_officer', '安静期内确需现场检查要谁批？', {
      messageId: 'om_policy_p2p',
    });
    expect(reply.msgType).toBe('interactive');
    expect(cardTitle(reply.content)).toBe('政策问答');
    const [asked, direct] = blocks(reply.content);
    expect(asked).toBe("<font color='grey'>问：安静期内确需现场检查要谁批？</font>");
    expect(direct).toMatch(/^\*\*“企业安静期”时段内.*主要负责人批准.*\*\*$/);
    expect(quotes(reply.content)[0]).toEqual([
      '“企业安静期”时段内，因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准。',
      "<font color='grey'>——第10条 认真执行“企业安静期”制度</font>",
    ]);
    expect(buttonLabels(reply.content)).toEqual(['有用', '没用', '发起审批']);
    const [stored] = await bot.store.db
      .select()
      .from(policyAnswers)
      .where(eq(policyAnswers.id, 'om_policy_p2p'));
    expect(stored).toMatchObject({ openId: 'ou_demo_air_officer', today: '2026-11-26' });
    expect(await auditActions(bot, 'om_policy_p2p')).toEqual(['policy.answered']);
  });

  it('answers when @-mentioned in a group, without the mention in the question', async () => {
    const reply = await askInChat(bot, 'ou_demo_water_officer', '检查完要把结果告诉企业吗？', {
      chatType: 'group',
      messageId: 'om_policy_group',
    });
    expect(blocks(reply.content)[0]).toBe("<font color='grey'>问：检查完要把结果告诉企业吗？</font>");
    expect(quotes(reply.content).map(([, label]) => label)).toEqual([
      "<font color='grey'>——第6条 严格入企检查实施程序</font>",
    ]);
    expect(buttonLabels(reply.content)).toEqual(['有用', '没用']);
  });

  it('says a question outside the scheme is not covered and points to 法规与标准科', async () => {
    const reply = await askInChat(bot, 'ou_demo_air_officer', '加班费怎么算？', {
      messageId: 'om_policy_out',
    });
    expect(blocks(reply.content)[1]).toBe('**实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。**');
    expect(quotes(reply.content)).toEqual([]);
    expect(buttonLabels(reply.content)).toEqual(['有用', '没用']);
  });

  it('asks for a shorter question instead of answering one over 500 characters', async () => {
    await bot.sendText('ou_demo_air_officer', '安静期'.repeat(170), { messageId: 'om_policy_long' });
    expect((await textsTo(bot, 'ou_demo_air_officer')).at(-1)).toBe(
      '问题过长，请精简到500字以内后重新提问。',
    );
  });
});

describe('a described case', () => {
  const question = '明天去长治示例钢铁集团有限公司现场检查，能去吗？';

  it('is judged on the quiet periods as stored now, with the findings and assumptions shown', async () => {
    const before = await askInChat(bot, 'ou_demo_lucheng_officer', question, { messageId: 'om_case_1' });
    expect(blocks(before.content)[1]).toBe(
      '**可以，但须经分局主要负责人（潞城分局局长（示例））审批（第5条）。**',
    );

    await replaceQuietPeriods(
      bot.store,
      [
        {
          jurisdiction: '潞城区',
          scope: 'county',
          from: '2026-11-27',
          to: '2026-11-28',
          basis: '测试：潞城区重大活动保障',
        },
      ],
      'test',
    );
    const after = await askInChat(bot, 'ou_demo_lucheng_officer', question, { messageId: 'om_case_2' });
    const text = blocks(after.content);
    expect(text[1]).toContain('企业安静期（11月27日至11月28日，依据：测试：潞城区重大活动保障）');
    expect(quotes(after.content).map(([, label]) => label)).toEqual([
      "<font color='grey'>——第10条 认真执行“企业安静期”制度</font>",
      "<font color='grey'>——第5条 严格入企检查审批程序</font>",
    ]);
    expect(text).toContainEqual(expect.stringMatching(/^\*\*核查情况\*\*\n- 【提醒】长治示例钢铁/));
    expect(text).toContainEqual(
      '**判断所依假设**\n- 未说明实施单位，按属地长治市生态环境局潞城分局判断。\n- 正式申请时须补充：检查时间处于企业安静期，确需现场检查的，请选择适用的例外情形；均不适用的，请选择「其他（请说明）」并写明理由。',
    );
  });

  it('opens the approvals form on 「发起审批」, pre-filled from the question, and it submits as usual', async () => {
    const answer = (await sentTo(bot, 'ou_demo_lucheng_officer')).find((m) => m.replyTo === 'om_case_2');
    const clicked = await bot.click('ou_demo_lucheng_officer', buttonValue(answer!.content, '发起审批'), {
      openMessageId: answer!.messageId,
    });
    expect(toastOf(clicked)).toBe('已打开审批表，请填写后提交。');
    const form = (await sentTo(bot, 'ou_demo_lucheng_officer')).at(-1) as Sent;
    expect(form.replyTo).toBe(answer!.messageId);
    expect(cardTitle(form.content)).toBe('入企执法检查计划审批表');
    const fields = fieldsOf(form.content);
    expect(fields.enterprises?.selected_values).toEqual([USCC.steel]);
    expect([fields.from?.initial_date, fields.to?.initial_date]).toEqual(['2026-11-27', '2026-11-27']);
    expect(fields.methods?.selected_values).toEqual(['on-site']);
    expect(fields.unit?.initial_option).toBe('lucheng');

    const submitted = await bot.click('ou_demo_lucheng_officer', buttonValue(form.content, '提交审批'), {
      openMessageId: form.messageId,
      formValue: {
        type: 'complaint',
        basis: '群众举报',
        from: '2026-11-27 +0800',
        to: '2026-11-27 +0800',
        enterprises: [USCC.steel],
        unit: 'lucheng',
        inspectors: ['ou_demo_lucheng_officer'],
        content: '废气排放情况',
        methods: ['on-site'],
        // The quiet period stored above is 11-27/28: the form asks which exemption applies.
        quietExemption: 'other',
        quietExemptionNote: '群众举报须当日核实',
      },
    });
    const id = /JC-2026-\d{4}/.exec(toastOf(submitted))?.[0] ?? '';
    expect((await getRequest(bot, id)).status).toBe('pending');
    expect(buttonLabels(answerCard(submitted) ?? {})).toEqual(['催办', '撤回']);
  });

  it('opens the 附件1 form for an answer about special inspections', async () => {
    const reply = await askInChat(bot, 'ou_demo_soil_officer', '专项检查谁批？', { messageId: 'om_special' });
    await bot.click('ou_demo_soil_officer', buttonValue(reply.content, '发起审批'), {
      openMessageId: reply.messageId,
    });
    const form = (await sentTo(bot, 'ou_demo_soil_officer')).at(-1) as Sent;
    expect(cardTitle(form.content)).toBe('专项执法检查审批表');
  });
});

describe('feedback', () => {
  it('is stored once per person and answer, updated on a change of mind, and thanked on the card', async () => {
    const reply = await askInChat(bot, 'ou_demo_air_head', '一家企业一年最多能查几次？', {
      messageId: 'om_feedback',
    });
    const useful = buttonValue(reply.content, '有用');
    const first = await bot.click('ou_demo_air_head', useful, { openMessageId: reply.messageId });
    expect(toastOf(first)).toBe('感谢反馈。');
    const thanked = answerCard(first) ?? {};
    expect(cardText(thanked)).toContain('感谢反馈。');
    expect(blocks(thanked)[1]).toBe(blocks(reply.content)[1]);
    expect(buttonLabels(thanked)).toEqual(buttonLabels(reply.content));

    await bot.click('ou_demo_air_head', useful, { openMessageId: reply.messageId });
    let rows = await feedbackRows(bot, 'om_feedback');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      openId: 'ou_demo_air_head',
      question: '一家企业一年最多能查几次？',
      useful: true,
    });
    expect((rows[0]?.answer as { citations: { clause: string }[] }).citations[0]?.clause).toBe('3');

    await bot.click('ou_demo_air_head', buttonValue(reply.content, '没用'), {
      openMessageId: reply.messageId,
    });
    rows = await feedbackRows(bot, 'om_feedback');
    expect(rows.map((row) => [row.openId, row.useful])).toEqual([['ou_demo_air_head', false]]);

    await bot.click('ou_demo_air_officer', useful, { openMessageId: reply.messageId });
    rows = await feedbackRows(bot, 'om_feedback');
    expect(rows.map((row) => [row.openId, row.useful])).toEqual([
      ['ou_demo_air_head', false],
      ['ou_demo_air_officer', true],
    ]);
    expect(await auditActions(bot, 'om_feedback')).toEqual([
      'policy.answered',
      'policy.feedback',
      'policy.feedback',
      'policy.feedback',
    ]);
  });

  it('refuses a click on an answer it does not know', async () => {
    const answer = await bot.click('ou_demo_air_head', {
      action: 'policy.feedback',
      answer: 'om_unknown',
      useful: true,
    });
    expect(answer.toast).toEqual({ type: 'error', content: '该答复已失效，请重新提问。' });
  });
});
