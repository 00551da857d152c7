import { shortUnitName, type Directory, type Unit } from '../org.js';
import { DEFAULT_SETTINGS } from '../rules/index.js';
import type { ClauseId } from '../clauses.js';
import { answerCase } from './case-answer.js';
import { clauseTag } from './case-lines.js';
import { cite } from './citations.js';
import { clauseReference } from './clause-reference.js';
import { asksAnnexes } from './compose/annex.js';
import { compose } from './compose/index.js';
import { CONCEPTS } from './concepts.js';
import type { Draft, Question } from './compose/types.js';
import { answerFromConfig } from './config-answer.js';
import { everyday } from './everyday.js';
import { extractFacts, isDescribedCase, registryNames, type CaseFacts } from './facts.js';
import { withPrevious } from './follow-up.js';
import { askedForm, verdictFor } from './form.js';
import { answerIncident } from './incident-answer.js';
import { retrieve } from './retrieve.js';
import { aboutANameOnly, isCovered, notCovered, otherEntry, personalAffair } from './scope.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/** Only a question about visiting or checking an enterprise is a case for the inspection rules. */
const INSPECTION = /查|入企|现场|执法|实地|上门|走访|看看|采样|专项|过一遍|摸个?底/;
/** 「还能去吗」「能去现场查吗」「行不行」: whether a visit may go ahead. */
const VISIT_ASK =
  /(?:能|可以|还能|能不能|可不可以|要不要)(?:再|直接|马上|立即|现在)?(?:去|到|过去|进|上门|入企)(?!.*自己)|现场[查检]?[^，。？]{0,3}[吗么]/;
/** 「行不行」 asks about a visit only where the question speaks of one, not of a fine paid in parts. */
const BARE_ASK = /行不行|能这么干/;
const VISIT_WORD = /去|现场|入企|上门|检查/;

function asksVisit(question: string): boolean {
  // 「我们中心自己能直接去企业查吗」 asks whether the section goes itself, which 第8条 answers.
  if (/自[己行]/.test(question)) return false;
  // 「查完……结果攒到年底出，行不行」 speaks of a visit done, not of one to make.
  const visitWord = VISIT_WORD.test(question.replace(/(?:反馈)?检查结果|检查结束|查完/g, ''));
  return VISIT_ASK.test(question) || (BARE_ASK.test(question) && visitWord);
}
const MAX_CITATIONS = 3;
const UNIT_ALIASES = [...CONCEPTS.legalSection, ...CONCEPTS.enforcementTeam];
const PERIOD_ASKED = /时限|期限|多久|几天|多长时间|什么时候/;
const PERIOD =
  /\d+\s*(?:个工作日|天|日|个月|年)|[一二三四五六七八九十两]+(?:个工作日|天|日|个月|年)|未规定|没有规定/;
const HAS_QUANTITY = /\d|[一二三四五六七八九十两]+[次天日月年个栏项]|未规定|及时|年度|每年|全覆盖/;

function personName(directory: Directory, id: string | undefined): string | undefined {
  return id ? directory.people.find((person) => person.id === id)?.name : undefined;
}

/** The people who approve for the named unit, else the asker's own. */
function approversOf(unit: Unit | undefined, ctx: AnswerContext | undefined): Question['approvers'] {
  const chosen = unit ?? ctx?.directory.units.find((candidate) => candidate.id === ctx.askerUnit);
  if (!chosen || !ctx) return undefined;
  const head = personName(ctx.directory, chosen.head) ?? chosen.head;
  const name = shortUnitName(chosen.name);
  if (chosen.kind === 'branch') return { unit: name, head };
  const supervisor = personName(ctx.directory, chosen.supervisor);
  const director = personName(ctx.directory, ctx.directory.director);
  return { unit: name, head, ...(supervisor ? { supervisor } : {}), ...(director ? { director } : {}) };
}

/**
 * 「分局去企业检查谁批？」 states no more than a level and a visit: it asks 第5条's rule, which names
 * every level's approver, not for a case to be weighed.
 */
function onlyWhoApproves(form: string, facts: CaseFacts): boolean {
  return (
    form === 'who' &&
    !facts.enterprise &&
    !facts.dates &&
    facts.type === undefined &&
    facts.quiet === undefined &&
    facts.positiveList === undefined
  );
}

/** The first sentence answers the form asked: a yes or no first, a number or 「未规定」 for 几次/多久. */
function opening(question: Question, draft: Draft): string {
  const text = draft.answer;
  const first = text.split('。')[0] ?? '';
  // 「有时限吗」「多久要移交」: 「及时」 is no period, so say the scheme sets none, then what it says.
  const periodUnset = PERIOD_ASKED.test(question.text) && /及时/.test(first) && !PERIOD.test(first);
  if (question.form === 'yes-no') {
    if (periodUnset && /有[^，。？?]{0,4}(?:时限|期限)/.test(question.text))
      return `实施方案没有规定具体时限；${text}`;
    const verdict = verdictFor(question.text, text);
    return verdict ? `${verdict}。${text}` : text;
  }
  if (question.form === 'quantity' && periodUnset) return `实施方案未规定具体期限；${text}`;
  if (question.form === 'quantity' && !HAS_QUANTITY.test(first)) {
    return `实施方案未规定具体${/次/.test(question.text) ? '次数' : '期限'}；${text}`;
  }
  return text;
}

/** 「……（第7条）。」: the answer's last sentence tagged with its clause, unless a clause is named already. */
function withClauseTag(text: string, clause: ClauseId | undefined): string {
  if (!clause || /第\d+条|附件\d|三（[一二三]）|印发通知|总体要求/.test(text)) return text;
  return text.replace(/([^。])(。?)$/, `$1（${clauseTag(clause)}）$2`);
}

/** The question as the answerer reads it: simplified, in the scheme's words, with the one before it. */
export function readQuestion(question: string, ctx: AnswerContext | undefined): string {
  const text = everyday(question);
  if (!ctx?.previous) return text;
  return withPrevious(text, everyday(ctx.previous), registryNames(ctx));
}

/** USCCs of the enterprise a question (as read) names, whose inspections the answer may need. */
export function enterprisesNamed(question: string, ctx: AnswerContext): string[] {
  const enterprise = extractFacts(question, [], ctx).enterprise;
  return enterprise ? [enterprise.uscc] : [];
}

/**
 * Answers an officer's question from 长环发〔2025〕36号. Questions about the bureau's own calendar
 * and records are answered from them; a described inspection (a date, a named enterprise, or a
 * unit planning a visit) goes through the rules module; any other question is answered from the
 * best-matching clause, or refused when no clause covers it.
 */
export function answer(asked: string, ctx?: AnswerContext): PolicyAnswer {
  const question = readQuestion(asked, ctx);
  if (personalAffair(question)) return notCovered();
  const retrieval = retrieve(question);
  const concepts = new Set(retrieval.query.concepts);
  if (concepts.has('otherEntry')) return otherEntry(question);
  // The bureau's own name and the units' everyday names (法规科, 支队) count as a unit's too.
  const names = ctx && [...registryNames(ctx), ctx.directory.bureau, ...UNIT_ALIASES];
  if (names && aboutANameOnly(question, names, retrieval.query.concepts)) return notCovered();
  const facts = extractFacts(question, retrieval.query.concepts, ctx);
  const fromConfig = ctx && answerFromConfig(question, facts, ctx, concepts);
  if (fromConfig) return fromConfig;
  // A violation, penalty, rectification or clue is answered fact by fact; a visit asked about goes to the rules.
  const incident = !asksVisit(question) && answerIncident(question, facts);
  if (incident) return incident;
  const visit =
    INSPECTION.test(question) || asksVisit(question) || (facts.enterprise !== undefined && facts.planned);
  const form = askedForm(question);
  if (ctx && visit && isDescribedCase(facts) && !onlyWhoApproves(form, facts)) {
    return answerCase(facts, question, ctx);
  }
  // A clause named by number is the one asked about, however little else the question shares with it.
  // 「方案有几个附件」 shares little with any one annex, yet the three of them answer it.
  const found =
    clauseReference(question) ??
    (asksAnnexes(question) ? 'annex-1' : undefined) ??
    (isCovered(retrieval, question) ? retrieval.hits[0]?.clause : undefined);
  if (!found) return notCovered();
  // 「线索移交给谁」 asks 第8条's duty, not about the form that carries the clue.
  // 「线索移交有时限吗」 too: the duty's timing is 第8条's 「及时」, not a row of the form.
  const toWhom =
    found === 'annex-3' &&
    (form === 'who' || PERIOD_ASKED.test(question)) &&
    !concepts.has('annex3') &&
    !concepts.has('form');
  // 「分管副局长能批吗」 asks who approves (第5条), not what the forms' opinion rows say.
  const formAsked = ['form', 'annex1', 'annex2', 'annex3', 'special'].some((c) => concepts.has(c as never));
  // 「检查计划谁批」 too: 第3条 asks for the plan, 第5条 says who approves it.
  const approver =
    concepts.has('approve') &&
    ((/^annex-[12]$/.test(found) && !formAsked) || (found === '3' && form === 'who'));
  const clause = toWhom ? '8' : approver ? '5' : found;
  const approvers = approversOf(facts.unit, ctx);
  const composed: Question = {
    text: question,
    concepts,
    yesNo: form === 'yes-no',
    form,
    settings: ctx?.settings ?? DEFAULT_SETTINGS,
    ...(facts.level ? { level: facts.level } : {}),
    ...(facts.type ? { type: facts.type } : {}),
    ...(approvers ? { approvers } : {}),
  };
  const draft = compose(composed, clause);
  const text = opening(composed, draft);
  return {
    // The rule's answer says which clause it comes from, as a case's answer does fact by fact.
    answer: withClauseTag(text, draft.cite[0]?.clause),
    citations: cite(draft.cite).slice(0, MAX_CITATIONS),
    outOfScope: false,
    ...(draft.offerApproval ? { offerApproval: true } : {}),
  };
}
