import { COERCIVE_MEASURES } from './clause-facts.js';
import { cite } from './citations.js';
import type { CaseFacts } from './facts.js';
import { askedForm, repeatedVerb, verdictFor } from './form.js';
import {
  asked,
  ASKS,
  MUST_PUNISH_ASK,
  PENALTY_ASK,
  referredTo,
  SPARE_ASK,
  weighedLead,
} from './incident-asks.js';
import { incidentFacts, LENIENT, type IncidentLine } from './incident-facts.js';
import { CERTAIN_SPARE, HANDLED, HOW, LIKE_CASES, MITIGATING } from './incident-penalty-rules.js';
import { COUNTS_AS_VISIT } from './compose/outreach.js';
import { namesFormRow } from './compose/annex.js';
import { VIOLATION } from './stated-facts.js';
import { againstOneWay, EDUCATE_FIRST, measureTooHeavy, ONE_WAY } from './compose/penalty.js';
import type { Routed } from './second-opinion.js';
import type { PolicyAnswer } from './types.js';

/** A chat answer names at most this many clauses. */
const MAX_CLAUSES = 4;

/** 「专项执法检查审批表有几栏」: a question about a form, not a case. */
const FORM_SUBJECT = /^[^，,。？?]{0,10}(?:审批表|移送表)/;
const SELF_ASK = /自[己行](?:去)?[^，,。？?]{0,4}查/;

/** 「其余县区放到2028年」「分两年铺开」: some key enterprises left for a later year. */
const DEFERRED_REACH =
  /(?:其余|其他|剩下的?)(?:县区|区县|县|地方)[^，。？?]{0,6}(?:放到|推到|留到|等到|明年|后年|20\d\d)|分(?:两|三|几)年|隔年/;

/** 「不能」「可不予处罚」「不需要」 where the facts decide the ask; else the rule's own yes or no. */
function verdict(question: string, lines: readonly IncidentLine[]): string | undefined {
  const clauses = new Set(lines.map((line) => line.clause));
  const serious = lines.some((line) => /主观故意|严重违法|针对轻微违法|不属于首次违法/.test(line.text));
  const ask = asked(question);
  // 「是不是肯定不罚」: not a promise the list and the facts have not yet made.
  if (CERTAIN_SPARE.test(question)) return '不能肯定';
  // 「这种算不算严重违法」「算不算重点查处的严重违法」: 第11条 names it.
  if (
    serious &&
    /算(?:不算)?[^，。？?]{0,8}严重违法|(?:是不是|属不属于|是否属于?)[^，。？?]{0,4}严重违法/.test(question)
  )
    return '属于';
  // 「先安排两个区的重点企业，其余县区放到2028年，这样排可以吗」: 第2条 asks every year's full reach.
  if (clauses.has('2') && DEFERRED_REACH.test(question) && /可以|行|能/.test(ask)) return '不能';
  // 「过去给讲讲法规……这个算入企检查吗」: 送法入企 is 第2条's 普法, apart from inspections.
  if (clauses.has('2') && /普法|送法入企|讲法/.test(question) && COUNTS_AS_VISIT.test(ask))
    return '不算入企执法检查';
  if (SPARE_ASK.test(question) && !PENALTY_ASK.test(question) && serious) return '不能';
  // 「首次违法，当场改正，提醒告诫不立案，行不行」: a relief asked of a first or minor violation the rule spares.
  // Not 「不予处罚了，是不是就不用管了」, which asks what the relief granted still leaves owed.
  const spareAsked =
    (SPARE_ASK.test(ask) || (bareAsk(ask) && SPARE_ASK.test(question))) &&
    !/(?:不予处罚|免罚|不罚)了|不用|不管|结案|还要|还得|以后|之后/.test(ask);
  const spared = lines.some((line) => line.clause === '13' && /依法不予处罚/.test(line.text));
  if (spareAsked && !PENALTY_ASK.test(question) && !serious && spared) return '可以';
  // 「偷排的也得先普法教育再罚？」: a serious violation is punished severely, not taught first.
  if (serious && EDUCATE_FIRST.test(question)) return '不需要';
  // 「罚款能不能往轻了裁」: within the discretion benchmark, weighing the stated attitude; a serious
  // violation with nothing to weigh it down is punished severely.
  if (LENIENT.test(question) && clauses.has('12'))
    return serious && !MITIGATING.test(question) ? '不能' : '可以，但须';
  // 「是不是只管查不管帮」: 第15条 asks the enforcer to help the enterprise through its rectification.
  if (/只管查处不管帮扶/.test(question) && clauses.has('15'))
    return /行不行|行吗|可以吗|能不能|可不可以|能否|可否/.test(ask) ? '不能' : '不是';
  // 「只罚款、不下责令改正行不行」: a fine never replaces the order to correct.
  if (/以罚代管/.test(ask) && !/不得以罚代管/.test(ask)) return '不能';
  // 「检查时间能写全年吗」: a fact that alone decides a special inspection's plan is not allowed.
  if (lines.some((line) => line.decisive && line.clause === '4') && /能|可以|行|可否/.test(ask))
    return '不能';
  // 「查封行不行」「要不要慎重点」: coercive measures are taken with care, and not for a minor violation.
  if (/慎重|审慎|谨慎|慎用/.test(ask) && clauses.has('13')) return '需要';
  if (COERCIVE_MEASURES.test(question) && lines.some((line) => /^审慎采取/.test(line.text))) {
    const tooHeavy = measureTooHeavy(question, serious);
    if (tooHeavy) return tooHeavy;
    // 「能直接这么干吗」 asks as 「能不能」 does; 「我们这样处理合适吗」 of a measure already taken too.
    if (/行不行|行吗|可以吗|能不能|可不可以|可否|能否|能[^，。？?]{0,6}[吗么]|合适|妥当|妥否/.test(ask))
      return '可以，但须';
  }
  // 「有人主张顶格处罚，合适吗」: a fine set by severity alone is against 过罚相当.
  // A serious violation with nothing stated to weigh it down may well earn a heavy fine: not a plain no.
  if (ONE_WAY.test(question) && clauses.has('12'))
    return serious && !MITIGATING.test(question) ? '应依过罚相当裁量，不宜一律顶格' : againstOneWay(ask);
  // 「时间短、当天就改了，裁量时能算进去不」: the benchmark weighs these very factors.
  if (/算进去|考虑进去|算在内|考虑在内|能考虑|能算/.test(ask) && clauses.has('12')) return '可以';
  // 「同类违法能单独从重吗」「是否应统一裁量尺度」: like cases are fined alike.
  // 「罚多罚少有统一标准吗」: whether a common measure exists, which the benchmark is.
  if (LIKE_CASES.test(question) && clauses.has('12') && /有没有|有[^，。？?]{0,8}[吗么]/.test(ask))
    return '有';
  // 「数额要不要调」: whether to change a fine the scheme sets no figure for; the benchmark decides it.
  if (
    LIKE_CASES.test(question) &&
    clauses.has('12') &&
    /(?:要不要|该不该|是否|需不需要)(?:调|改|降|减)/.test(ask)
  )
    return '应依裁量基准复核';
  if (LIKE_CASES.test(question) && clauses.has('12'))
    return /是否应|应不应|该不该|要不要|需不需要|是否需要/.test(question) ? '需要' : '不能';
  if (PENALTY_ASK.test(question) && serious) return '需要';
  if (MUST_PUNISH_ASK.test(question) && clauses.has('13')) return '不需要';
  if (PENALTY_ASK.test(question) && clauses.has('13')) return '可不予处罚';
  if (SELF_ASK.test(question) && clauses.has('8')) return '不需要';
  // 「方案里有这个说法没」「这算不算我们科的活」: whether the scheme says so, answered by the rule found.
  if (/有[^，。？?]{0,6}(?:说法|规定|要求)(?:没|吗)|有没有[^，。？?]{0,6}(?:说法|规定)/.test(question))
    return '有';
  if (/算不算[^，。？?]{0,12}(?:要求|活|工作|职责|范围|执法普法|送法入企)/.test(question)) return '属于';
  // 「除了不罚还能做什么」 asks what, not whether; 「是不是什么都不用管了」 asks whether.
  if (/什么|啥|哪些|怎么|咋/.test(asked(question).replace(/(?:什么|啥)(?:也|都)/g, ''))) return undefined;
  // 「还要管吗，还是结案就完事」「是不是得多去，还是照旧」 is answered as its first alternative asks.
  const first =
    /^(.*?(?:吗|(?:是不是|要不要|能不能)[^，,。？?]*))[，,\s]*还是/.exec(question)?.[1] ?? question;
  // 「那就完事了吧，后面还用管它不」: the last ask is the one answered.
  const target = first === question && ask !== question && /[吗么]$/.test(ask) ? ask : first;
  // 「频次提不提」 is answered by the line that holds the verb asked.
  const verb = repeatedVerb(target);
  const basis = (verb && lines.find((line) => line.text.includes(verb))) || lines[0];
  return verdictFor(target, basis?.text ?? '');
}

/** 「行不行」「可以吗」: an ask that names nothing but its yes or no. */
function bareAsk(ask: string): boolean {
  return (
    ask.replace(/行不行|可以吗|行吗|能不能|可不可以|可否|能否|妥否|是否可以|[吗么？?\s]/g, '').length === 0
  );
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
  const ask = asked(question);
  // 「有人主张顶格处罚，合适吗」: a fine set by severity alone is 第12条's 过罚相当, first.
  if (ONE_WAY.test(question) && /罚/.test(question) && lines.some((line) => line.clause === '12'))
    return '12';
  const weighed = weighedLead(question, ask, lines);
  if (weighed) return weighed;
  const named = ASKS.find(([pattern]) => pattern.test(ask))?.[1] ?? referredTo(question, ask);
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
  const planned = lines.find((line) => PLANS.test(question.slice(Math.max(0, line.at - 6), line.at)))?.clause;
  // 「想移交襄垣分局」: handing a clue over is 第8条's duty; the form it goes on follows.
  if (planned === 'annex-3' && lines.some((line) => line.clause === '8')) return '8';
  return planned;
}

/** One line per fact, at most one clause more than the chat can hold, the asked clause first. */
function chosen(question: string, lines: readonly IncidentLine[], changed?: string): IncidentLine[] {
  const lead = leadClause(question, lines, changed);
  // A violation already penalised is the background of what is asked: it goes last.
  const background = (line: IncidentLine) => line.clause === '11' && lead !== '11' && HANDLED.test(question);
  // A form asked about leads; then the clause asked about, its deciding fact first; then a fact that
  // alone decides the case (「这个算入企检查吗」 is 第2条's, whatever warning was sent before).
  const rank = (line: IncidentLine) =>
    line.clause === lead && lead.startsWith('annex-')
      ? -1
      : line.clause === lead
        ? line.decisive
          ? 0
          : 1
        : line.decisive
          ? 2
          : // A form not asked about follows the rule it carries out.
            background(line) || line.clause.startsWith('annex-')
            ? 4
            : 3;
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
export function answerIncident(question: string, facts: CaseFacts, changed?: string): Routed | undefined {
  const found = incidentFacts(question, {
    units: facts.units,
    ...(facts.local ? { local: facts.local } : {}),
  });
  // 「专项审批表检查时间咋填，结束日期没想好能空着吗」: a question about a form, unless a fact decides it.
  if (FORM_SUBJECT.test(question) && !found.some((line) => line.decisive)) return undefined;
  // 「原来只分水和气两类，这边移送表上涉嫌违法行为能选哪些」: a row of the form asked, nothing else told.
  const formOnly = found.every((line) => line.clause.startsWith('annex-'));
  if (formOnly && /移送表|审批表|附件[123]/.test(question) && namesFormRow(asked(question))) return undefined;
  // Facts of a visit are the visit's to weigh, unless the ask names one of them (「这种算不算严重违法」).
  const askNamed = ASKS.find(([pattern]) => pattern.test(asked(question)))?.[1];
  if (!found.some((line) => !line.visit || line.clause === askNamed)) return undefined;
  // 「头一回违法，情节轻微，还要罚吗」「用电数据发现…要不要自己去查」: one stated fact decides the ask.
  const ask = asked(question);
  const lead = leadClause(question, found);
  // 「准备开个会宣传一下政策」 asks nothing in words: every fact in it is stated.
  const asking = /[吗么呢？?]|什么|怎么|如何|谁|哪|几|多少|能不能|可不可以|要不要|是否|行不行/.test(ask);
  const askAt = asking ? question.lastIndexOf(ask) : question.length;
  // 「罚了款以后还要跟进吗」: a penalty imposed is a fact, even in the sentence that asks.
  const imposedAt = HANDLED.exec(ask)?.index;
  const stated = (line: IncidentLine) =>
    line.at < askAt || line.at >= askAt + ask.length || line.at === askAt + (imposedAt ?? -1);
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
  // 「结案不跟了行吗，企业说会改，我们人手不够」: a closing remark after the ask leaves it a yes or no.
  const form = askedForm(question);
  // 「有人说干脆让它停产整治」: a coercive measure proposed without a question asks whether it may be.
  const proposed = form === 'open' && !asking && COERCIVE_MEASURES.test(ask);
  const yesNo = form === 'yes-no' || proposed || (form === 'open' && askedForm(ask) === 'yes-no');
  const yes = yesNo ? verdict(question, lines) : undefined;
  const result: PolicyAnswer = {
    answer: `${yes ? `${yes}${yes.endsWith('须') ? '' : '，'}` : ''}${body}。`,
    citations: cite(lines.map(({ clause, about }) => ({ clause, about }))),
    outOfScope: false,
  };
  // The ask's own words or a deciding fact chose the lead: a rule, which the lead model does not overrule.
  return { result, route: lead !== undefined || lines.some((line) => line.decisive) ? 'ruled' : 'incident' };
}
