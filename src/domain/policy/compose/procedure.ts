import type { ClauseId } from '../../clauses.js';
import type { Concept } from '../concepts.js';
import type { Draft, Question } from './types.js';
import { askPart } from '../context-lead.js';

/**
 * 第6条, the visit's own procedure: the mobile system and the recorder throughout, one visit that
 * checks the permit whole (一证式), the result fed back at the end. Asked about a visit made or to
 * be made, it leads, whatever approval or cap the visit would also meet; any other fact stated
 * (双随机, 专项, a rectification) follows with its clause.
 */
export type ProcedureAsk = 'device' | 'oneVisit' | 'feedback';

export const RECORDING =
  '现场检查全程使用移动执法系统，充分利用执法记录仪，实现执法行为全过程留痕、可回溯管理';
export const ONE_VISIT = '推行简单事项“一表通查”和排污许可“一证式”检查，实现“一次检查、全面体检”';
export const FEEDBACK = '检查结束后，及时向企业反馈检查结果';

/**
 * 「移动执法系统不开」「记录仪没电了，拿手机拍」「先拿纸记」「企业要求关掉执法记录仪」: the visit not
 * recorded as 第6条 asks.
 */
const DEVICE_FAULT =
  /(?:不戴|没戴|不带|没带|忘带|没用|未用|没开|不用|关掉|关闭|关了|关上|停用|暂停)(?:执法)?(?:记录仪|移动执法)|补录|(?:移动执法|记录仪)[^，。？?]{0,10}(?:不开|没开|关了|没电|坏|卡|不用|没用|没带|忘带|用不了|没信号|登不上)|(?:拿|用)纸(?:质)?(?:记|笔录)|拿手机拍|拍(?:了)?(?:几张)?照片|信号差/;
const TOOLS_ASK =
  /(?:用|带|使用|配备|配)(?:什么|哪些)(?:执法)?(?:设备|系统|工具|装备)|(?:什么|哪些)(?:执法)?(?:设备|系统|工具|装备)|查(?:的)?(?:过程中|时候?|中)[^，。？?]{0,4}(?:用|带)(?:什么|哪些)/;
const RECORDED_WITH = /(?:哪几样|哪些|什么|啥)(?:东西|手段|工具|设备)/;
/** 「排污许可……一起查了」「分三趟查」「一证式一次查完」: how many visits the permit's checks take. */
const PERMIT = /排污许可|一证式|一表通查/;
/** 「废水废气分开两次去查」: two media of one enterprise checked apart. */
const MEDIA = /废水|废气|固废|危废|噪声|大气|污水/g;
const twoMedia = (text: string) => new Set(text.match(MEDIA) ?? []).size >= 2;
const TOGETHER = /一起|一块|一并|顺便|一次|分[两二三四几多]?(?:趟|次|回|批)|一趟一个|分开|分别(?:去|查)/;
/** 「分三趟查」, not 「省得分几趟」, which wants the one visit. */
const SPLIT =
  /(?<!省得|免得|不用|避免|不必|以免|不要)(?:分[两二三四几多]?(?:趟|次|回|批)|一趟一个|分开|分别(?:去|查))/;
/** 「结果还用跟企业说一声吗」「是不是得反馈」: the result told back after a visit. */
const FEEDBACK_ASK = /反馈检查结果|反馈|说一声|回话|告诉企业|说结果/;
const VISIT_DONE = /查了|查完|检查结束|查的|检查[，。]|现场检查|查过|去[^，。？?]{0,12}查/;
/** The approval, the cap or a quiet period asked makes it the rules' case, not the procedure's. */
const OTHER_ASK = /谁批|审批|批准|报批|频次|上限|安静期|正面清单|处罚|罚/;

/** What makes 「结果要告诉企业吗」 a visit described rather than the rule asked: the draw, the place, the day, what was found. */
const DESCRIBED =
  /双随机|专项|联合|现场|昨天|前天|上周|前几天|今天|没(?:什么|啥)?问题|什么问题(?:没有|都没)|整改|改了|一表通查|一证式|记录仪|移动执法/;

/**
 * The procedure asked of a visit. `named` says the question names an enterprise or a unit; a
 * feedback asked of no described visit (「检查完要告诉企业结果吗」) is the rule's, answered by 第6条 as such.
 */
export function procedureAsked(
  text: string,
  concepts: ReadonlySet<Concept>,
  named = false,
): ProcedureAsk | undefined {
  // Only the clause that asks: 「这家还是正面清单企业……能不能先不开记录仪进去查」 asks the device.
  const ask = askPart(text);
  if (OTHER_ASK.test(ask.replace(/罚(?=[^，。？?]{0,4}(?:吗|么))/g, ''))) return undefined;
  // Several may be stated; the one written last is the one asked (「按一证式查的，结果是不是得反馈」).
  const found: [ProcedureAsk, number][] = [];
  const device = concepts.has('record') ? lastAt(DEVICE_FAULT, text) : -1;
  if (device >= 0) found.push(['device', device]);
  // 「查的过程中要用什么」「现场要带哪些设备」: what the visit is recorded with.
  else if (TOOLS_ASK.test(text) && !/另有什么要求/.test(text))
    found.push(['device', lastAt(TOOLS_ASK, text)]);
  // 「留痕靠的是哪几样东西」: what the visit is recorded with.
  else if (concepts.has('record') && RECORDED_WITH.test(text))
    found.push(['device', lastAt(RECORDED_WITH, text)]);
  if ((PERMIT.test(text) || twoMedia(text)) && TOGETHER.test(text))
    found.push(['oneVisit', lastAt(TOGETHER, text)]);
  // 「多久要把结果给企业」: the period asked is answered 未规定, then 及时, on any visit.
  const described = named || DESCRIBED.test(text) || /多久|多长|几天|时限|期限/.test(text);
  if (described && VISIT_DONE.test(text) && !/攒|年底|统一(?:再)?(?:出|给)/.test(text)) {
    const feedback = lastAt(FEEDBACK_ASK, text);
    if (feedback >= 0) found.push(['feedback', feedback]);
  }
  return found.sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Global twins of the patterns, compiled once: where each last matches. */
const GLOBAL = new Map<RegExp, RegExp>();
function lastAt(pattern: RegExp, text: string): number {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, 'g')));
  let at = -1;
  for (const match of text.matchAll(global)) at = match.index;
  return at;
}

interface Line {
  text: string;
  clause: ClauseId;
}

function tag(clause: ClauseId): string {
  return `第${clause}条`;
}

/** The other facts the question states, each said with the clause that decides it. */
function factLines(question: Question, kind: ProcedureAsk): Line[] {
  const { text, concepts } = question;
  const lines: Line[] = [];
  if (kind === 'oneVisit' && SPLIT.test(text))
    lines.push({
      clause: '3',
      text: '分趟分科入企属重复检查，应通过“综合一次查”协作机制加强联合检查，避免重复检查',
    });
  else if (/联合|跨部门|[和与跟][^，。？?]{1,8}局/.test(text))
    lines.push({ clause: '3', text: '与其他部门联合检查的，应通过“综合一次查”协作机制，避免重复检查' });
  else if (concepts.has('random'))
    lines.push({ clause: '3', text: '双随机抽查应结合“双随机、一公开”监管机制要求实施' });
  else if (kind === 'oneVisit')
    lines.push({ clause: '3', text: '多个事项一次查完，符合“综合一次查”、避免重复检查的要求' });
  if (concepts.has('special'))
    lines.push({ clause: '4', text: '专项检查要严格按照执法检查的标准、程序实施，防止“走过场”' });
  if (/(?:企业|已经?|也)(?:已经?)?(?:整)?改(?:了|好|完)|整改到位/.test(text))
    lines.push({ clause: '15', text: '企业已整改的，应开展整改核查，跟踪企业整改进展' });
  return lines;
}

/** 「……查不，一趟一个科」: a 不 closing a clause asks yes or no too. */
const CLAUSE_ASK = /[^不]不(?:[，,。？?\s]|$)/;
/** 「系统也得全程开着吗」: the last part asks whether the duty holds. */
const NEED_ASK = /(?:得|要|需要|必须|还用)[^，。？?]{0,10}[吗么][？?]?$/;

/** 「可以先不告诉企业吗」「不反馈结果可以吗」「不戴记录仪可不可以」: whether the duty may be skipped. */
const SKIP_ASK =
  /(?:可以|能否|可否|(?<!不)能)(?:先|暂时?|暂且)?不(?![能可])|不(?:反馈|告诉|告知|说|开|用|带|戴|使用)[^，。？?]{0,10}(?:可以|行|能)/;

function verdict(question: Question, kind: ProcedureAsk): string | undefined {
  const { text } = question;
  if (/有(?:没有)?问题|合(?:不合)?规|对不对|妥不妥/.test(text)) return '不符合要求';
  if (!question.yesNo && !CLAUSE_ASK.test(text)) return undefined;
  // 「记录仪忘带了，检查还算数吗」: the scheme says how to record, not whether a visit counts.
  if (/算数|作数|有效|无效/.test(text)) return undefined;
  if (NEED_ASK.test(text)) return '需要';
  // 「查完可以不跟企业说结果吗」: whether a duty may be skipped.
  if (SKIP_ASK.test(text)) return '不可以';
  if (kind === 'device') return /行不行|行吗/.test(text) ? '不行' : '不能';
  if (kind === 'oneVisit') return SPLIT.test(text) ? '不能' : '可以';
  return '需要';
}

/** 「检查采用一表通查，全程使用执法记录仪」: what the visit did as 第6条 asks, said so. */
function followed(text: string, kind: ProcedureAsk): string {
  if (kind === 'device') return '';
  const done = [
    kind !== 'oneVisit' && /一表通查/.test(text) && '“一表通查”',
    kind !== 'oneVisit' && /一证式/.test(text) && '“一证式”检查',
    /(?:使用|用了|开着|带了)[^，。？?]{0,4}(?:移动执法系统|移动执法)/.test(text) && '移动执法系统',
    /(?:使用|用了|开着|带了)[^，。？?]{0,4}(?:执法记录仪|记录仪)/.test(text) && '执法记录仪',
  ].filter(Boolean);
  return done.length ? `，所述${done.join('、')}的做法符合本条要求` : '';
}

/** 「应在多长时限内反馈」: the scheme sets no period, only 「及时」. */
function period(question: Question): string {
  return question.form === 'quantity' || /多长|多久|几天|时限|期限/.test(question.text)
    ? '实施方案未规定具体期限；'
    : '';
}

export function procedure(question: Question, kind: ProcedureAsk): Draft {
  const { text } = question;
  const rule =
    kind === 'device'
      ? RECORDING
      : kind === 'oneVisit'
        ? ONE_VISIT
        : `${/现场/.test(text) ? '现场' : ''}${FEEDBACK}`;
  // 「记录仪没电，也没跟企业说结果，这样有问题吗」: both faults, one clause.
  const unrecorded = question.concepts.has('record') && DEVICE_FAULT.test(text);
  const also =
    kind === 'device' && FEEDBACK_ASK.test(text) && /没|未|还没/.test(text)
      ? `，${FEEDBACK}`
      : kind === 'feedback' && unrecorded
        ? `${RECORDING}，`
        : '';
  const lines: Line[] = [
    {
      clause: '6',
      text: kind === 'feedback' && also ? `${also}${rule}` : `${rule}${also}${followed(text, kind)}`,
    },
    ...factLines(question, kind),
  ];
  const yes = verdict(question, kind);
  const body = lines.map((line) => `${line.text}（${tag(line.clause)}）`).join('；');
  return {
    answer: `${yes ? `${yes}${yes === '不符合要求' ? '，' : '。'}` : kind === 'feedback' ? period(question) : ''}${body}。`,
    cite: lines.map((line) => ({ clause: line.clause, about: line.text })),
  };
}
