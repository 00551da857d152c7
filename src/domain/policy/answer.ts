import type { ClauseId } from '../clauses.js';
import { answerCase } from './case-answer.js';
import { dutyClause, notAVisit, SPECIAL_SIGNED } from './visit-asks.js';
import { claimAsked, claimVerdict } from './claim-check.js';
import { withOfficerWords } from './officer-words.js';
import { cite } from './citations.js';
import { clauseReference } from './clause-reference.js';
import { formPartAsked, namesFormRow, optionRowAsked } from './compose/annex.js';
import { asksAnnexes } from './compose/annexes.js';
import { CLUE_FORM_ASK, CLUE_FORM_WHICH } from './compose/clue-form.js';
import { compose } from './compose/index.js';
import { asksSourceUse } from './compose/referral.js';
import { asksToldCount } from './compose/told-visits.js';
import { asksPunishment } from './compose/penalty.js';
import { askedFirst } from './asked-first.js';
import { CONCEPTS } from './concepts.js';
import { questionOf } from './question-of.js';
import type { Draft, Question } from './compose/types.js';
import { answerFromConfig, asksCalendarSurely } from './config-answer.js';
import { phraseAsked } from './scheme-phrases.js';
import { echoDate } from './date-echo.js';
import { everyday } from './everyday.js';
import { extractFacts, isDescribedCase, registryNames } from './facts.js';
import { byTrade, withPrevious } from './follow-up.js';
import { askSentence } from './ask-sentence.js';
import { chatAsMessage, readGroupChat, type GroupChat } from './group-chat.js';
import { planEntryAsked } from './plan-lines.js';
import { skipsApproval } from './compose/approval.js';
import { askedForm } from './form.js';
import { opening, PERIOD_ASKED, withClauseTag } from './opening.js';
import { answerIncident } from './incident-answer.js';
import { REPEAT } from './incident-facts.js';
import { otherEntryAnswer } from './other-entry-rules.js';
import { outsideProcedure } from './outside-procedures.js';
import { asksOtherRegime } from './joint-visit.js';
import { withoutToldAside } from './near-miss-background.js';
import { retrieve } from './retrieve.js';
import { askedOverContext } from './context-lead.js';
import { withFurtherAsks } from './several-asks.js';
import { withStatedFacts } from './stated-facts-line.js';
import { reviewed } from './review-asks.js';
import { aboutANameOnly, isCovered, notCovered, personalAffair } from './scope.js';
import {
  asksOutreachDuty,
  asksCoercion,
  asksResultsPosted,
  asksVisit,
  askedBesideForm,
  INSPECTION,
  onlyWhoApproves,
  planForm,
  sectionFindsClue,
  visitByUnit,
  WARNING_ASK,
} from './route.js';
import { leadOpinion, type LeadGuess } from './lead-model/index.js';
import { withModelClauses } from './model-clauses.js';
import { textAsCited } from './model-lead.js';
import { ledByModel, ruled, refused, secondOpinion, type Routed } from './second-opinion.js';
import { unrefused } from './told-case.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

const MAX_CITATIONS = 3;
const UNIT_ALIASES = [...CONCEPTS.legalSection, ...CONCEPTS.enforcementTeam];

type Context = AnswerContext | undefined;

/** A composed answer that already opens with its verdict and names its clauses. */
function drafted(draft: Draft): PolicyAnswer {
  const answer = withClauseTag(draft.answer, draft.cite[0]?.clause);
  return { answer, citations: cite(draft.cite).slice(0, MAX_CITATIONS), outOfScope: false };
}

/** The question as the answerer reads it: simplified, in the scheme's words, with the one before it. */
export function readQuestion(question: string, ctx: AnswerContext | undefined): string {
  if (!ctx) return everyday(question);
  const names = registryNames(ctx);
  const text = byTrade(everyday(question), names);
  if (!ctx.previous) return text;
  return withPrevious(text, byTrade(everyday(ctx.previous), names), names);
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
function routeAnswer(question: string, ctx: Context, changed: string | undefined, nearMisses = true): Routed {
  if (nearMisses && personalAffair(question)) return toldAside(question, personalAffair, ctx, changed);
  const retrieval = retrieve(question);
  const concepts = new Set(retrieval.query.concepts);
  // 「投诉我们重复检查……大气科又去调研」: a complaint of repeated visits is 第3条's, though one was 调研.
  // 「入企记录有5条……算进频次上限的是几次」 counts the visits told, 调研 among them (asked first).
  if (concepts.has('otherEntry') && !REPEAT.test(question) && !asksToldCount(question))
    return ruled(otherEntryAnswer(question));
  // 「记录仪采购流程咋走」「许可证去哪办延期」: a procedure other rules govern, though in the scheme's words.
  if (nearMisses && outsideProcedure(question)) return toldAside(question, outsideProcedure, ctx, changed);
  // 「联合检查时食品标签咋查」: another department's own rules, asked on a joint visit.
  if (nearMisses && asksOtherRegime(question)) return refused;
  // The bureau's own name and the units' everyday names (法规科, 支队) count as a unit's too.
  const names = ctx && [...registryNames(ctx), ctx.directory.bureau, ...UNIT_ALIASES];
  if (nearMisses && names && aboutANameOnly(question, names, retrieval.query.concepts)) return refused;
  const facts = extractFacts(question, retrieval.query.concepts, ctx);
  const recompose = (clause: ClauseId) => fromClause(questionOf(question, concepts, facts, ctx), clause);
  const fromConfig = ctx && answerFromConfig(question, facts, ctx, concepts);
  if (fromConfig) return { result: fromConfig, route: asksCalendarSurely(question) ? 'ruled' : 'data' };
  // Asks that lead whatever visit or case they mention (part 三, 第6条's procedure, 第1条's warning …).
  const first = askedFirst(question, concepts, facts, () => questionOf(question, concepts, facts, ctx));
  if (first) return { result: drafted(first), route: 'first' };
  // A violation, penalty, rectification or clue is answered fact by fact; a visit asked about goes to the rules.
  // 「专项方案分管局长签了，局长意见还空着，能否开展」: who has approved a special plan is 第4条's, not a fact of a case.
  const specialSigned = concepts.has('special') && SPECIAL_SIGNED.test(question);
  // 「不写检查方案直接去厂里行不行？背景：……」: going without 第5条's plan is asked, whatever case is told.
  const form = askedForm(question);
  const skipping = form === 'yes-no' && skipsApproval(askSentence(question));
  const incident =
    !skipping && !asksVisit(question) && !specialSigned && answerIncident(question, facts, changed);
  if (incident) return incident;
  const kind = notAVisit(question, facts);
  // 「能不能直接把车扣了」: a coercive measure asked is 第13条's, not the visit's.
  const visit =
    !WARNING_ASK.test(question) &&
    !asksCoercion(askSentence(question)) &&
    !kind &&
    !CLUE_FORM_ASK.test(question) &&
    !CLUE_FORM_WHICH.test(question) &&
    (INSPECTION.test(question) || asksVisit(question) || (facts.enterprise !== undefined && facts.planned));
  // 「专项方案要报到哪一级批」: a special plan's approver is 第4条's, whatever enterprise and day it names.
  const specialWho = specialSigned && form === 'who';
  if (ctx && visit && !skipping && !specialWho && isDescribedCase(facts) && !onlyWhoApproves(form, facts)) {
    const result = echoDate(answerCase(facts, question, ctx), question, facts.dates, ctx.today);
    return { result, route: 'case', recompose };
  }
  // A clause named by number is the one asked about, however little else the question shares with it.
  // 「方案有几个附件」 shares little with any one annex, yet the three of them answer it.
  const plan = planForm(question, concepts);
  const referred = clauseReference(question);
  const ruleFound =
    referred ??
    (skipping ? '5' : undefined) ??
    (asksAnnexes(question) ? 'annex-1' : undefined) ??
    (CLUE_FORM_WHICH.test(question) ? 'annex-3' : undefined) ??
    plan ??
    optionRowAsked(question) ??
    formPartAsked(question)?.clause ??
    (kind === 'join-list' ? '9' : undefined) ??
    (visitByUnit(question, facts, concepts) ? '5' : undefined) ??
    (sectionFindsClue(question, facts) || asksSourceUse(question) ? '8' : undefined) ??
    (asksOutreachDuty(concepts) ? '2' : undefined) ??
    (asksResultsPosted(question) ? '7' : undefined) ??
    (asksCoercion(question) || asksPunishment(question) ? '13' : undefined) ??
    phraseAsked(question, retrieval.hits[0]?.clause);
  const found =
    ruleFound ??
    (kind === 'duty' ? dutyClause(question) : undefined) ??
    (isCovered(retrieval, question)
      ? (askedOverContext(question, retrieval) ?? retrieval.hits[0]?.clause)
      : undefined);
  // Nothing but word overlap chose the clause (or found none): the lead model may know better.
  const route = ruleFound ? 'ruled' : 'retrieval';
  if (!found) return { result: notCovered(), route, recompose };
  // 「线索移交给谁」 asks 第8条's duty, not about the form that carries the clue.
  // 「线索移交有时限吗」 too: the duty's timing is 第8条's 「及时」, not a row of the form.
  const toWhom =
    found === 'annex-3' &&
    (form === 'who' || PERIOD_ASKED.test(question)) &&
    !concepts.has('annex3') &&
    !concepts.has('form') &&
    !(form === 'who' && namesFormRow(question));
  // 「分管副局长能批吗」 asks who approves (第5条), not what the forms' opinion rows say.
  const formAsked =
    plan !== undefined ||
    ['form', 'annex1', 'annex2', 'annex3', 'special'].some((c) => concepts.has(c as never));
  // 「检查计划谁批」 too: 第3条 asks for the plan, 第5条 says who approves it.
  const approver =
    concepts.has('approve') &&
    ((/^annex-[12]$/.test(found) && !formAsked) || (found === '3' && form === 'who'));
  // 「专项方案副局长签了就行吗」 asks 第4条's approver, not the opinion rows of a form.
  // 「线索来源选哪个」 names a row of the form, which is then what is asked.
  const formNamed =
    plan !== undefined ||
    ['form', 'annex1', 'annex2', 'annex3'].some((c) => concepts.has(c as never)) ||
    namesFormRow(question);
  // 「分局长签了，专项方案还得谁批」: a special plan's approver is 第4条's, though 第5条 shares the words.
  const specialApprover =
    concepts.has('approve') &&
    concepts.has('special') &&
    (/^annex-[12]$/.test(found) || found === '5') &&
    !formNamed;
  const chosen = toWhom ? '8' : approver ? '5' : specialApprover ? '4' : found;
  // An annex shares the words of its rows (投诉举报, 正面清单) with many questions; it answers only
  // a question about the form, else the best clause with a rule does.
  const rule =
    /^annex-/.test(chosen) && !formNamed && !referred && !asksAnnexes(question)
      ? retrieval.hits.find((hit) => !hit.clause.startsWith('annex-'))?.clause
      : undefined;
  // 「附件2检查方式勾的现场检查，到了现场……移动执法系统」: a form told, another clause's subject asked.
  const told = rule ?? chosen;
  const besideForm = told.startsWith('annex-') ? askedBesideForm(question) : undefined;
  return { result: recompose(besideForm ?? told), route: besideForm ? 'ruled' : route, recompose };
}

/** 「最近下雪路不好走，可现在是不是安静期」: refused words stated beside the ask are left out of it. */
function toldAside(
  question: string,
  refuses: (text: string) => boolean,
  ctx: Context,
  changed?: string,
): Routed {
  const rest = withoutToldAside(question, refuses);
  return rest ? routeAnswer(rest, ctx, changed) : refused;
}

/** The answer from one clause, opening in the form asked and naming the clause it comes from. */
function fromClause(composed: Question, clause: ClauseId): PolicyAnswer {
  const draft = compose(composed, clause);
  const result = drafted({ ...draft, answer: opening(composed, draft) });
  return draft.offerApproval ? { ...result, offerApproval: true } : result;
}

/** `ownAsk`: a chat's line put to the bot, whose further asks alone are answered, not the told lines'. */
function answerAsked(asked: string, ctx?: AnswerContext, ownAsk?: string): PolicyAnswer {
  const question = readQuestion(asked, ctx);
  // A follow-up as written, without the question before it.
  const changed = ctx?.previous ? everyday(asked) : undefined;
  // Asked at most once, by whichever step needs it first: the second opinion, then the case's lead.
  let guess: LeadGuess | undefined;
  const model = () => (guess ??= leadOpinion(asked, ctx?.previous));
  const again = () => routeAnswer(question, ctx, changed, false);
  const routed = unrefused(routeAnswer(question, ctx, changed), asked, model, again);
  const opinion = secondOpinion(routed, model);
  // 「方案报谁批、结果要不要告诉企业」: each further ask answered after the message's own answer.
  const result = changed
    ? opinion
    : withFurtherAsks(
        ownAsk ? readQuestion(ownAsk, ctx) : question,
        opinion,
        (part) => routeAnswer(part, ctx, undefined).result,
      );
  // Only what this message states is repeated back, not the background of the question before.
  const stated = withStatedFacts(changed ?? question, result, MAX_CITATIONS);
  // 「经审查，是否符合规定」「这么干对不对」: the action told is judged against its clause first.
  const final = changed ? stated : reviewed(asked, question, stated);
  // The quotes come in the order the text names their clauses; the clauses the model adds, last.
  const led = textAsCited(ledByModel(routed.route, final, question, model), askedForm(question), question);
  return withModelClauses(routed.route, led, asked, ctx?.previous);
}

/**
 * Answers an officer's question; 「X说……，真是这么回事吗」 asks whether the claim holds, so the claim is
 * answered and the answer says first whether it agrees.
 */
export function answer(asked: string, ctx?: AnswerContext): PolicyAnswer {
  const chat = readGroupChat(asked);
  // 「下月计划：①……；②……。问下②能去吗」: the one entry asked about is the case.
  const entry = chat ? undefined : planEntryAsked(asked);
  const result = chat ? answerChat(chat, ctx) : answerClaimed(entry ?? asked, ctx);
  return result.outOfScope ? result : { ...result, answer: withOfficerWords(asked, result.answer) };
}

/**
 * A pasted group chat: the case its lines tell is answered with the line put to the bot as the ask.
 * When that line alone is another clause's ask (「送法入企以谁为单位组织」 beside a December visit
 * talked over), its clause leads and the facts the others told are said after it.
 */
function answerChat(chat: GroupChat, ctx?: AnswerContext): PolicyAnswer {
  const message = chatAsMessage(chat);
  const whole = answerAsked(message, ctx, chat.ask);
  const alone = answerClaimed(chat.ask, ctx);
  if (alone.outOfScope) return whole;
  if (whole.outOfScope) return alone;
  if (whole.citations[0]?.clause === alone.citations[0]?.clause) return whole;
  return withStatedFacts(readQuestion(message, ctx), alone, MAX_CITATIONS);
}

function answerClaimed(asked: string, ctx?: AnswerContext): PolicyAnswer {
  const claim = claimAsked(asked);
  if (!claim) return answerAsked(asked, ctx);
  const result = answerAsked(claim.asked, ctx);
  // 「我们只管查不管帮吗」 answered 「不是」 denies the claim in its own words.
  if (!result.outOfScope && /^不是[，。]/.test(result.answer)) return result;
  const verdict = !result.outOfScope && claimVerdict(claim, result.answer);
  // 「不是。可以。」 says the contradiction twice, 「不是。不能，」 the same thing twice: the answer's own
  // verdict gives way to the claim's.
  const own = /^(?:可以|能|需要|应当|是的?|属于|不能|不可以|不需要|不应|不属于)[。，]/;
  const text = own.test(result.answer)
    ? result.answer.replace(own, `${verdict}，`)
    : `${verdict}。${result.answer}`;
  return verdict ? { ...result, answer: text } : answerAsked(asked, ctx);
}
