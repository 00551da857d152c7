import { cite } from './citations.js';
import type { CaseFacts } from './facts.js';
import { askedForm, verdictFor } from './form.js';
import { incidentFacts, LENIENT, type IncidentLine } from './incident-facts.js';
import { HOW } from './incident-penalty-rules.js';
import { VIOLATION } from './stated-facts.js';
import type { PolicyAnswer } from './types.js';

/** A chat answer names at most this many clauses. */
const MAX_CLAUSES = 4;

/** The question's last part is what it asks; the clause that answers it goes first. */
const ASKS: readonly [RegExp, string][] = [
  // 「移送表里移送意见选哪个」: the clue form's row asked leads with the form.
  [/移送表[^，。？?]{0,10}(?:怎么勾|勾哪|勾什么|选哪|怎么选|怎么填|填什么|填哪)/, 'annex-3'],
  // 「处罚决定是否需要公开」: who publishes what is 第7条's.
  [/(?:处罚决定|决定书|执法人员|执法依据)[^，。？?]{0,12}(?:公开|公示)/, '7'],
  [LENIENT, '12'],
  // 「罚完款是不是还得跟踪整改」: following the effect after a penalty is 第12条's own words.
  [/跟踪整改(?!进展|情况|计划)|整改效果/, '12'],
  [/频次|多查|常去|多去|加密/, '11'],
  // 「不予处罚的，是不是就不用管了」: what sparing the fine still leaves owed.
  [/就完了|就算了|不用再?(?:管|跟)|不管了|不再跟/, '14'],
  // 「罚多罚少看什么」「怎么把握裁量」: the benchmark asked after leads.
  [/裁量|罚多少|罚多罚少|罚轻罚重|怎么罚|罚款(?:标准|数额|金额)|处罚标准/, '12'],
  // 「不罚的话还要干什么」: what sparing the fine still leaves owed is 第14条's.
  [/(?:不罚|免罚|不予处罚)[^，。？?]{0,4}(?:还要|还得|还需|之后|以后|后)/, '14'],
  [/罚|首违|免罚/, '13'],
  [/检查完|查完|检查结束/, '6'],
  [/纠正|监督/, 'org-2'],
  [/帮|服务|指导|帮扶|纾困|解难/, '15'],
  [/整改计划|整改方案|整改核查|核查整改/, '15'],
  [/备案|公开|批完|批了以后/, '4'],
  [/整改|改正/, '14'],
  [/自己(?:去)?查|移送(?!表)|移交(?!表)/, '8'],
];
// 「能免罚吗」 asks to spare, not to punish.
const PENALTY_ASK =
  /要不要罚|罚不罚|还要罚|该不该罚|需不需要罚|要罚(?:款)?吗|(?<![不免])罚(?:款)?吗|罚(?:款)?不/;
/** 「一定要罚款吗」「非罚不可吗」: whether a penalty is a must, answered 不需要 where 第13条 spares it. */
const MUST_PUNISH_ASK = /(?:一定|必须|非得|非要|都得|都要|必然)(?:要|得)?罚|非罚不可/;
/** 「能按首违不罚处理吗」, not the 「不罚」 inside 「要不要罚」. */
const SPARE_ASK = /首违不罚|(?<![要该])不罚|免罚|不予处罚|柔性执法|按轻微违法|从宽处理/;
/** 「专项执法检查审批表有几栏」: a question about a form, not a case. */
const FORM_SUBJECT = /^[^，,。？?]{0,10}(?:审批表|移送表)/;
const SELF_ASK = /自[己行](?:去)?[^，,。？?]{0,4}查/;

/** The words that make a part of the message an ask. */
const ASK_MARK =
  /[吗么呢]$|能不能|可不可以|要不要|是否|行不行|能否|可否|妥否|对不对|是不是|有没有|用不用|([\u4e00-\u9fff])不\1/;
const REPORTED = /^[^，。？?]{0,8}(?:说|称|表示|反映|问)(?!明)/;
/** A last part asking in any way (「用哪个表」「几次」) is the ask itself. */
const ASK_WORD = new RegExp(`${ASK_MARK.source}|什么|怎么|如何|谁|哪|几|多少|还是`);
/**
 * The part that asks: the last one, or the one before a 「？」 that opens the question
 * (「谁批？屯留分局……」).
 */
function asked(question: string): string {
  const closed = /^([^？?]+)[？?](.+)$/.exec(question);
  const sentence =
    closed && !/[？?吗呢]$|[谁哪几多啥么]/.test(closed[2] ?? '') ? (closed[1] ?? '') : question;
  const parts = sentence.split(/[，,；;。？?]/).filter((part) => part.trim());
  // 「罚完了就结案不跟了行吗，人手不够」: a closing remark after the ask is not what is asked.
  const last = parts[parts.length - 1] ?? question;
  if (ASK_WORD.test(last)) return last;
  // 「企业说不知道从哪改起」 reports what someone said; it is not the officer's ask.
  const own = parts.filter((part) => !REPORTED.test(part));
  const asking = own.filter((part) => ASK_MARK.test(part));
  const any = own.filter((part) => ASK_WORD.test(part));
  return asking[asking.length - 1] ?? any[any.length - 1] ?? last;
}

/** 「不能」「可不予处罚」「不需要」 where the facts decide the ask; else the rule's own yes or no. */
function verdict(question: string, lines: readonly IncidentLine[]): string | undefined {
  const clauses = new Set(lines.map((line) => line.clause));
  const serious = lines.some((line) => /主观故意|严重违法|针对轻微违法/.test(line.text));
  if (SPARE_ASK.test(question) && !PENALTY_ASK.test(question) && serious) return '不能';
  // 「罚款能不能往轻了裁」: within the discretion benchmark, weighing the stated attitude.
  if (LENIENT.test(question) && clauses.has('12')) return '可以，但须';
  if (PENALTY_ASK.test(question) && serious) return '需要';
  if (MUST_PUNISH_ASK.test(question) && clauses.has('13')) return '不需要';
  if (PENALTY_ASK.test(question) && clauses.has('13')) return '可不予处罚';
  if (SELF_ASK.test(question) && clauses.has('8')) return '不需要';
  // 「方案里有这个说法没」「这算不算我们科的活」: whether the scheme says so, answered by the rule found.
  if (/有[^，。？?]{0,6}(?:说法|规定|要求)(?:没|吗)|有没有[^，。？?]{0,6}(?:说法|规定)/.test(question))
    return '有';
  if (/算不算[^，。？?]{0,12}(?:要求|活|工作|职责|范围|执法普法|送法入企)/.test(question)) return '属于';
  // 「除了不罚还能做什么」 asks what, not whether.
  if (/什么|啥|哪些|怎么|咋/.test(asked(question))) return undefined;
  // 「还要管吗，还是结案就完事」 is answered as its first alternative asks.
  const first = /^(.*?吗)[，,\s]*还是/.exec(question)?.[1] ?? question;
  return verdictFor(first, lines[0]?.text ?? '');
}

/** 「准备查封扣押设备，有什么要注意的」: a measure the officer plans is what the ask is about. */
const PLANS = /(?:准备|打算|计划|拟|想)(?:直接|马上|立即)?$/;

/** A serious violation stated, not denied (「不是偷排」). */
const STATED_VIOLATION = new RegExp(`(?<!没|未|没有|不|不是|并非)(?:${VIOLATION.source})`);

/**
 * The clause the ask turns on: the one its last part names, else the one of a measure the officer plans.
 * `changed` is a follow-up's own words: 「要是偷排偷放的话呢」 after 「头一回违法能不罚吗」 changes the
 * case to a serious violation, which 第11条 decides before the relief asked of 第13条.
 */
function leadClause(question: string, lines: readonly IncidentLine[], changed?: string): string | undefined {
  const relief = SPARE_ASK.test(question) || PENALTY_ASK.test(question) || LENIENT.test(question);
  if (changed && relief && STATED_VIOLATION.test(changed) && lines.some((line) => line.clause === '11'))
    return '11';
  const named = ASKS.find(([pattern]) => pattern.test(asked(question)))?.[1];
  // 「要不要罚？不罚的话还要做什么」: whether to punish is asked first, and answered first.
  if (named === '14' && PENALTY_ASK.test(question)) return '13';
  if (named) return named;
  // 「专项审批表……」: a question about a form leads with the form.
  const form = lines.find((line) => line.clause.startsWith('annex-'));
  if (FORM_SUBJECT.test(question) && form) return form.clause;
  // 「要走什么表」: the form asked alone leads, before the duty it carries out; 「怎么操作，用什么表」 asks the duty first.
  const others = question.replace(asked(question), '');
  if (/表/.test(asked(question)) && !HOW.test(question) && !/流程|谁|要不要|是否|吗/.test(others)) {
    const form = lines.find((line) => line.clause.startsWith('annex-'));
    if (form) return form.clause;
  }
  return lines.find((line) => PLANS.test(question.slice(Math.max(0, line.at - 6), line.at)))?.clause;
}

/** One line per fact, at most one clause more than the chat can hold, the asked clause first. */
function chosen(question: string, lines: readonly IncidentLine[], changed?: string): IncidentLine[] {
  const lead = leadClause(question, lines, changed);
  // A fact that alone decides the case goes first, then the clause asked about.
  // A form asked about leads; then a fact that alone decides the case, then the clause asked about.
  const rank = (line: IncidentLine) =>
    line.clause === lead && lead.startsWith('annex-') ? -1 : line.decisive ? 0 : line.clause === lead ? 1 : 2;
  const ordered = [...lines].sort((a, b) => rank(a) - rank(b));
  const clauses = new Set<string>();
  return ordered.filter((line) => {
    if (!clauses.has(line.clause) && clauses.size >= MAX_CLAUSES) return false;
    clauses.add(line.clause);
    return true;
  });
}

/**
 * A described case that is not (only) about a visit: a violation found, a penalty weighed, a
 * rectification, a clue found off-site, a special inspection's plan, repeated visits. Undefined
 * unless the question states at least one such fact and two clauses decide it.
 */
export function answerIncident(
  question: string,
  facts: CaseFacts,
  changed?: string,
): PolicyAnswer | undefined {
  const found = incidentFacts(question, {
    units: facts.units,
    ...(facts.local ? { local: facts.local } : {}),
  });
  // 「专项审批表检查时间咋填，结束日期没想好能空着吗」: a question about a form, unless a fact decides it.
  if (FORM_SUBJECT.test(question) && !found.some((line) => line.decisive)) return undefined;
  if (!found.some((line) => !line.visit)) return undefined;
  // 「头一回违法，情节轻微，还要罚吗」「用电数据发现…要不要自己去查」: one stated fact decides the ask.
  const ask = asked(question);
  const lead = leadClause(question, found);
  // 「准备开个会宣传一下政策」 asks nothing in words: every fact in it is stated.
  const asking = /[吗么呢？?]|什么|怎么|如何|谁|哪|几|多少|能不能|可不可以|要不要|是否|行不行/.test(ask);
  const askAt = asking ? question.lastIndexOf(ask) : question.length;
  const stated = (line: IncidentLine) => line.at < askAt || line.at >= askAt + ask.length;
  // 「示例陶瓷被罚了款，想分期交，行不行」: a named enterprise's or unit's one fact is a case too.
  const named = facts.enterprise !== undefined || facts.units.length > 0;
  // A special inspection's plan is weighed by the rules module, not here.
  // A fact that alone decides the case (「结束日期没想好」) does so whether or not a unit is named.
  const single = (line: IncidentLine) =>
    !line.visit && (line.decisive || (named && !/^(?:4|annex-1)$/.test(line.clause)));
  const decided = found.some((line) => (line.clause === lead || single(line)) && stated(line));
  // 「整改核查要做什么」 states no fact besides its ask: a question about the rule, not a case.
  if (!found.some(stated)) return undefined;
  if (new Set(found.map((line) => line.clause)).size < 2 && !decided) return undefined;
  const lines = chosen(question, found, changed);
  const body = lines.map((line) => line.text).join('；');
  const yes = askedForm(question) === 'yes-no' ? verdict(question, lines) : undefined;
  return {
    answer: `${yes ? `${yes}${yes.endsWith('须') ? '' : '，'}` : ''}${body}。`,
    citations: cite(lines.map(({ clause, about }) => ({ clause, about }))),
    outOfScope: false,
  };
}
