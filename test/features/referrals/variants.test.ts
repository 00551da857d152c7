import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_LABELLED } from '../../domain/referrals/fixtures.js';
import { startBot, type Bot } from '../../support/harness.js';
import { answerCard, cardText, cardTitle, confirmationFor, formDefaults, submit, toast } from './helpers.js';

const SENDER = 'ou_demo_air_officer';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const confirmation = (text: string, chatType?: 'group') => confirmationFor(bot, SENDER, text, chatType);

const complete = (lines: string[]) =>
  ['线索移送', '来源：信访举报', '行为：水污染', '描述：夜间偷排。', '意见：建议立案', ...lines].join('\n');

interface Variant {
  name: string;
  text: string;
  chatType?: 'group';
  /** The boxes asked for, with what they are pre-filled with. */
  asks?: Record<string, unknown>;
  /** Boxes that must be among those asked. */
  asksFor?: string[];
  shows?: string[];
}

const VARIANTS: Variant[] = [
  { name: 'half-width colons', text: SAMPLE_LABELLED.replace(/：/g, ':'), asks: {} },
  {
    name: 'labels reordered with blank lines and no header',
    text: SAMPLE_LABELLED.split('\n').slice(1).reverse().join('\n\n'),
    asks: {},
  },
  {
    name: 'the short label synonyms',
    text: [
      '移送线索',
      '移送至：屯留分局',
      '对象：长治示例化工有限公司',
      '代码：91140405LDBH8H2JDL',
      '来源：信访举报',
      '问题类型：水污染',
      '描述：群众反映夜间有异味废水排入河沟。',
      '法律依据：《中华人民共和国水污染防治法》第八十三条',
      '材料：举报记录1份',
      '意见：需进一步核查',
    ].join('\n'),
    asks: {},
    shows: ['长治市生态环境局屯留分局', '举报记录1份', '需进一步核查'],
  },
  {
    name: 'the annex labels copied from the form with tabs',
    text: [
      '移送科室/单位\t大气环境科',
      '接收科室/单位\t长治市生态环境局潞城分局',
      '1. 涉嫌违法主体名称\t长治示例钢铁集团有限公司',
      '统一社会信用代码/身份证号\t91140406W20GL578PP',
      '2. 线索来源\t监测数据',
      '3. 涉嫌违法行为\t大气污染',
      '4. 涉嫌环境违法问题简要描述\t颗粒物小时均值多次超标。',
      '移送方意见：建议立案',
    ].join('\n'),
    asks: {},
    shows: ['颗粒物小时均值多次超标。', '长治市生态环境局潞城分局'],
  },
  {
    name: 'full-width code and colons in a group chat',
    text: SAMPLE_LABELLED.replace('91140406W20GL578PP', '９１１４０４０６Ｗ２０ＧＬ５７８ＰＰ'),
    chatType: 'group',
    asks: {},
    shows: ['91140406W20GL578PP'],
  },
  {
    name: 'missing source and opinion are asked back',
    text: '线索移送\n主体：长治示例焦化有限公司\n描述：焦炉冒黑烟。\n行为：大气污染',
    asks: { source: '', sourceNote: '', opinion: '', coordinateWith: '' },
    shows: ['长治示例焦化有限公司', '91140404A10YRXXR9P'],
  },
  {
    name: 'a wrong check character is warned with the expected one',
    text: complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578PA']),
    asks: { subjectCode: '91140406W20GL578PA' },
    shows: ['【请核实】统一社会信用代码校验位应为「P」，当前为「A」，请核对。'],
  },
  {
    name: 'a malformed code is an error',
    text: complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578']),
    asks: { subjectCode: '91140406W20GL578' },
    shows: ['【须纠正】统一社会信用代码应为18位，当前为16位。'],
  },
  {
    name: 'an unknown enterprise is warned but may be sent',
    text: complete(['主体：长治某某洗车店', '接收单位：潞州分局']),
    asks: {},
    shows: ['【请核实】企业名录中未找到「长治某某洗车店」，可继续移送，请核实主体信息。'],
  },
  {
    name: 'an unknown enterprise without a unit asks where to send it',
    text: complete(['主体：长治某某洗车店']),
    asks: { toUnit: '' },
  },
  {
    name: 'two violations',
    text: complete(['主体：长治示例危废处置有限公司']).replace('行为：水污染', '行为：水污染、固废违法'),
    asks: {},
    shows: ['水污染、固废违法', '长治市生态环境局武乡分局'],
  },
  {
    name: 'an ID number instead of a code',
    text: complete(['当事人：张某某', '身份证号：11010519491231002X', '接收单位：潞州分局']),
    asks: {},
    shows: ['11010519491231002X'],
  },
  {
    name: 'an ID number with a wrong check digit',
    text: complete(['当事人：张某某', '身份证号：110105194912310021', '接收单位：潞州分局']),
    asks: { subjectCode: '110105194912310021' },
    shows: ['【须纠正】身份证号校验位不符，请核对。'],
  },
  {
    name: 'a named unit that does not exist',
    text: complete(['主体：长治示例钢铁集团有限公司', '接收单位：宣传科']),
    asksFor: ['toUnit'],
    shows: ['未能识别接收单位「宣传科」，请确认。按企业所在地应为长治市生态环境局潞城分局。'],
  },
  {
    name: 'a branch that is not the enterprise’s',
    text: complete(['主体：长治示例钢铁集团有限公司', '接收单位：上党分局']),
    asks: { toUnit: 'shangdang' },
    shows: ['长治示例钢铁集团有限公司位于潞城区，属长治市生态环境局潞城分局辖区'],
  },
  {
    name: '其他 with its blank',
    text: complete(['主体：长治示例热电有限公司']).replace('来源：信访举报', '来源：其他：网络舆情'),
    asks: {},
    shows: ['其他：网络舆情'],
  },
  {
    name: 'a one-liner by short name asks only for the opinion it left out',
    text: '移送线索：示例化工夜间疑似偷排，信访举报，水污染',
    asks: { opinion: '', coordinateWith: '' },
    shows: ['长治示例化工有限公司', '91140405LDBH8H2JDL'],
  },
  {
    name: 'a one-liner with full name, code and the branch to send to',
    text: '移送线索：长治示例水泥有限公司91140426C53GFNQ6GN窑尾粉尘超标排放，监测数据，大气污染，移交黎城分局处理，建议立案',
    asks: {},
    shows: ['长治市生态环境局黎城分局', '窑尾粉尘超标排放'],
  },
  {
    name: 'a one-liner asking a section to assist',
    text: '移送线索：示例焦化（上党）焦炉烟囱冒黑烟，现场检查，大气污染，请协调大气环境科协助',
    asks: {},
    shows: ['请协调大气环境科协助', '将同时告知大气环境科负责人协助。', '现场检查'],
  },
  {
    name: 'a one-liner found by drone patrol reads as 监测数据 (第8条)',
    text: '移送线索：示例焦化（上党）料场未苫盖，无人机巡查发现，大气污染，建议立案',
    asks: {},
    shows: ['监测数据'],
  },
  {
    name: 'a one-liner naming the branch and its task',
    text: '移送线索：某某养殖场向河道排放污水，水污染、生态破坏，请潞城分局核查',
    asks: { source: '', sourceNote: '' },
    shows: ['长治市生态环境局潞城分局', '需进一步核查', '水污染、生态破坏'],
  },
  {
    name: 'a one-liner that opens with the conduct',
    text: '移送线索：夜间有企业向河道偷排废水，信访举报，建议立案',
    asksFor: ['subjectName', 'toUnit'],
  },
  {
    name: 'a person named by ID number in a one-liner',
    text: '移送线索：张某某 11010519491231002X 私设暗管排放废水，信访举报，建议立案，移交潞城分局处理',
    asks: {},
    shows: ['张某某', '11010519491231002X', '私设暗管排放废水'],
  },
];

describe('referrals written in chat, through the intent', () => {
  it.each(VARIANTS)('$name', async (v) => {
    const card = await confirmation(v.text, v.chatType);
    expect(cardTitle(card)).toBe('长治市生态环境局涉嫌环境违法线索移送表（待确认）');
    if (v.asks) expect(formDefaults(card)).toEqual(v.asks);
    for (const box of v.asksFor ?? []) expect(Object.keys(formDefaults(card))).toContain(box);
    const text = cardText(card);
    for (const s of v.shows ?? []) expect(text).toContain(s);
  });

  it('has at least twenty variants', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(20);
  });

  it('sends a draft once the boxes asked back are filled in', async () => {
    const card = await confirmation(
      '线索移送\n主体：长治示例焦化有限公司\n描述：焦炉冒黑烟。\n行为：大气污染',
    );
    const incomplete = await submit(bot, SENDER, card, 'referral.confirm', { source: 'inspection' });
    expect(toast(incomplete)).toEqual({ type: 'error', content: '线索移送表尚未填写完整，请按提示补充。' });
    const again = answerCard(incomplete);
    expect(cardText(again)).toContain('尚需填写：移送方意见。');
    expect(formDefaults(again)).toEqual({ opinion: '', coordinateWith: '' });
    const sent = await submit(bot, SENDER, again, 'referral.confirm', { opinion: 'file-case' });
    expect(toast(sent)?.content).toMatch(/^已移送长治市生态环境局上党分局，编号XS-2026-\d{4}。$/);
    // A second click on the same card sends nothing more.
    const twice = await submit(bot, SENDER, again, 'referral.confirm', { opinion: 'file-case' });
    expect(toast(twice)?.type).toBe('info');
  });

  it('refuses to send a malformed code until it is corrected', async () => {
    const card = await confirmation(complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578']));
    const refused = await submit(bot, SENDER, card, 'referral.confirm');
    expect(toast(refused)?.type).toBe('error');
    const again = answerCard(refused);
    const sent = await submit(bot, SENDER, again, 'referral.confirm', { subjectCode: '91140406W20GL578PP' });
    expect(toast(sent)?.content).toContain('长治市生态环境局潞城分局');
  });

  it('sends with a wrong check character once the officer confirms it', async () => {
    const card = await confirmation(complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578PA']));
    expect(toast(await submit(bot, SENDER, card, 'referral.confirm'))?.type).toBe('success');
  });
});
