import type { Draft } from './types.js';

/**
 * 附件3 asked row by row: which box of 线索来源, 涉嫌违法行为 or 移送方意见 the officer's facts tick,
 * and who signs; then 第8条's handing over to the branch, which the form carries out.
 */

const SOURCES = '监测数据、现场检查、信访举报、其他单位移交、其他';
const BEHAVIOURS = '水污染、大气污染、固废违法、环评/验收违法、生态破坏、噪声扰民、其他';
const OPINIONS = '建议立案、需进一步核查、请协调_____科室协助';
const SIGNERS = '经办人、科室/单位负责人';

/** 「科里想先让屯留分局核查，移送表移送意见怎么勾」: a row of the clue form asked, not a visit or a violation. */
/**
 * 「我们把线索移过去，要用哪张表、表里必须写哪些内容」: the form that carries a clue handed over, asked
 * by which form it is, whatever complaint or case came with it.
 */
export const CLUE_FORM_WHICH =
  /(?:线索|移交|移送|移过去|移给|转给)[^？?]{0,30}?(?:哪张|哪个|哪种|什么|啥)(?:样的?)?(?:表|表格|表单)/;

export const CLUE_FORM_ASK = /移送表[^，。？?]{0,10}(?:怎么勾|勾哪|勾什么|选哪|怎么选|怎么填|填什么|填哪)/;

/** 「移送表……怎么勾」「线索来源勾啥」「移送意见选哪个」「谁签字」: a row of the clue form asked. */
const FORM = /移送表|附件3|线索来源|移送(?:方)?意见|接收方意见|涉嫌违法行为/;
const ASKS_ROW = /勾|选|填|谁|哪(?:个|项|一项|栏|几|些)|什么|谁签|签字|能不能|能勾|可以勾/;

/**
 * 「监控中心用线索移送表移来线索……检查方案我签字后，报分管副局长审批即可，还是必须报局长？」: the form
 * told as how the clue came, the visit's approval asked in the last sentence, which names no row.
 */
const VISIT_APPROVAL = /检查方案|审批|报批|(?:报|找|请)(?:分管)?(?:副?局长|局领导|主要负责人|一把手)/;

function asksVisitApproval(text: string): boolean {
  const last =
    text
      .split(/[。！!\n]/)
      .filter((s) => s.trim())
      .at(-1) ?? text;
  return !FORM.test(last) && VISIT_APPROVAL.test(last);
}

export function clueFormAsked(text: string): boolean {
  if (!FORM.test(text) || !ASKS_ROW.test(text) || !/移送|线索|接收/.test(text)) return false;
  if (asksVisitApproval(text)) return false;
  // 「线索来源有哪几种」 with no fact to tick asks the row's options, which the form's reader lists.
  const options = /哪几|哪些|几种|几个|有哪|选项|都有/.test(text);
  return !options || [sourceBox, behaviourBox, opinionBox].some((box) => box(text) !== undefined);
}

/** Where the clue goes or how it is dealt with, asked beside the form. */
const HANDLING_ASKED =
  /线索[^，。？?]{0,6}(?:怎么|如何)(?:处理|办|转|移|交|送)|线索[^，。？?]{0,4}怎么办|(?:移|转|交|送)给(?:谁|哪)|(?:移|转|交|送)(?:到|去)哪|接收(?:科室|单位|科室\/单位)[^，。？?]{0,6}(?:填谁|填哪|写谁|写哪|是谁)/;

/** 附件3's 线索来源 box the officer's words name. */
function sourceBox(text: string): string | undefined {
  if (/在线|监测|监控|用电|用能|无人机|遥感|走航|数据/.test(text)) return '监测数据';
  if (/举报|投诉|信访|12345|12369|群众反映/.test(text)) return '信访举报';
  if (/转来|移交来|交办|转办|其他单位/.test(text)) return '其他单位移交';
  if (/现场检查|检查中发现|查的时候/.test(text)) return '现场检查';
  return undefined;
}

/** 附件3's 涉嫌违法行为 box. */
function behaviourBox(text: string): string | undefined {
  if (/环评|验收/.test(text)) return '环评/验收违法';
  if (/噪声|噪音|扰民/.test(text)) return '噪声扰民';
  if (/固废|危废|危险废物|固体废物/.test(text)) return '固废违法';
  if (/废水|污水|水质|排水|水污染/.test(text)) return '水污染';
  if (/废气|烟|尾气|粉尘|扬尘|异味|大气|VOCs/i.test(text)) return '大气污染';
  if (/生态破坏|毁林|采砂|破坏生态/.test(text)) return '生态破坏';
  return undefined;
}

/** 附件3's 移送方意见 box: doubt asks a further check, proof a case. */
function opinionBox(text: string): string | undefined {
  if (/拿不准|不确定|证据(?:尚|还)?不(?:充分|足)|疑似|是不是违法|核查|不好说|吃不准/.test(text))
    return '需进一步核查';
  if (/证据(?:充分|确凿)|查实|坐实|明确违法/.test(text)) return '建议立案';
  if (/协调|协助|配合/.test(text)) return '请协调_____科室协助';
  return undefined;
}

/** 附件3's rows filled in words, as the form prints them, and the officer's words for each. */
const TEXT_ROWS: readonly [RegExp, string][] = [
  [/信用代码|身份证号/, '统一社会信用代码/身份证号'],
  [/主体名称|企业名称|单位名称/, '涉嫌违法主体名称'],
  [/移送日期/, '移送日期'],
  [/接收科室|接收单位/, '接收科室/单位'],
  [/简要描述|问题描述/, '涉嫌环境违法问题简要描述'],
  [/违反(?:的)?(?:法律|哪条法)|法律规定|法律依据/, '涉嫌违反法律规定'],
  [/材料清单|移交材料/, '移交材料清单'],
];
/** 「信用代码一栏必须填吗」「能空着吗」: whether a printed row may be left empty. */
const MUST_FILL = /必须|要不要|需不需要|用不用|能不能不|可以不|能否不|不填|空着|留空|吗|(?<![怎什这那多])么/;

/** 「能勾信访举报吗」「可不可以选监测数据」: whether a box may be ticked. */
const TICK_ASKED = /(?:能|可以|可否|能否|能不能|可不可以)(?:勾|选)[^，。？?]{1,12}(?:吗|么|不|没)?[？?]?$/;

/** 「勾哪个」 of one row: the box the facts tick, else the row's choices. */
function row(label: string, box: string | undefined, choices: string, text: string): string {
  const asksChoices = /哪些|都有|有哪|几种|选项/.test(text);
  if (box && !asksChoices) return `${label}勾选“${box}”`;
  return `${label}的选项为${choices}${box ? `，所述情形勾选“${box}”` : ''}`;
}

/**
 * The rows asked, each with its box, tagged 附件3; a behaviour the question states is named too,
 * since the officer fills it on the same form. `branch` is the branch the clue goes to, if known.
 */
export function clueForm(text: string, branch: string | undefined): Draft {
  const parts: string[] = [];
  const source = /线索来源|来源/.test(text);
  const behaviour = /涉嫌违法行为|违法行为|违法类型/.test(text);
  const opinion = /意见/.test(text) && !/接收方意见/.test(text);
  if (source) parts.push(row('线索来源', sourceBox(text), SOURCES, text));
  if (behaviour) parts.push(row('涉嫌违法行为', behaviourBox(text), BEHAVIOURS, text));
  if (opinion) parts.push(row('移送方意见', opinionBox(text), OPINIONS, text));
  if (/签字|签名|谁签|签什么/.test(text)) parts.push(`移送方由${SIGNERS}签字`);
  if (/接收方/.test(text)) parts.push('接收方意见由接收科室/单位填写，并由其科室/单位负责人签字');
  // 「信用代码一栏必须填吗」: the printed row named, which the form asks to be filled.
  const rows = TEXT_ROWS.filter(([pattern]) => pattern.test(text)).map(([, label]) => `“${label}”`);
  if (rows.length) parts.push(`须填写${rows.join('、')}栏`);
  // The form's four printed parts, with the rows officers ask about most.
  if (!parts.length)
    parts.push(
      '需填写移送信息、线索基本信息（涉嫌违法主体、线索来源、涉嫌违法行为等）、移交材料清单、移交意见（移送方意见）四部分',
    );
  // The boxes the stated facts tick on rows not asked, which the officer fills on the same form.
  const stated = sourceBox(text);
  if (!source && stated) parts.push(`线索来源勾选“${stated}”`);
  const kind = behaviourBox(text);
  if (!behaviour && kind) parts.push(`涉嫌违法行为勾选“${kind}”`);
  const form = `《涉嫌环境违法线索移送表》${parts.join('，')}（附件3）`;
  const word = /无人机|在线|用电用能|自动监控|遥感|尾气/.exec(text)?.[0];
  const handover = `${word ? `${word}${word === '无人机' ? '巡查' : ''}发现的` : ''}涉嫌违法线索应及时移交${branch ?? '有关分局'}调查处理（第8条）`;
  // 「线索来源能勾信访举报吗」: the box asked is the one the row offers and the facts tick.
  const ticked = [sourceBox(text), behaviourBox(text), opinionBox(text)].some(
    (box) => box !== undefined && text.includes(box.replace(/_+/g, '')),
  );
  // 「表里有没有填信用代码的地方」: whether the form has the row, which it prints.
  const verdict =
    rows.length && /有没有|有[^，。？?]{0,10}(?:吗|么)/.test(text)
      ? '有，'
      : rows.length && MUST_FILL.test(text)
        ? '需要，'
        : ticked && TICK_ASKED.test(text)
          ? '可以，'
          : '';
  const cite = [
    { clause: 'annex-3' as const, about: `${parts.join(' ')}` },
    { clause: '8' as const, about: '涉嫌违法线索及时移交有关分局调查处理' },
  ];
  // 「这线索咋处理，要不要填移送表」「接收单位填谁」: where the clue goes is 第8条's, asked first.
  // A box asked beside it (「违法行为勾哪项、接收单位填谁」) keeps the form first.
  if (!verdict && !source && !behaviour && !opinion && HANDLING_ASKED.test(text))
    return { answer: `${handover}；${form}。`, cite: [cite[1]!, cite[0]!] };
  return { answer: `${verdict}${form}；${handover}。`, cite };
}
