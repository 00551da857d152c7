import type { ClauseId } from '../clauses.js';
import { BUREAU_DATA, OUT_OF_SCOPE, type LeadGuess } from './lead-model/index.js';
import { askedForm } from './form.js';
import { ledBy } from './model-lead.js';
import { notCovered } from './scope.js';
import type { PolicyAnswer } from './types.js';

/**
 * How the rules reached an answer: a rule that recognises the ask (`ruled`, `first`), the bureau's
 * own data, a described visit or incident worked fact by fact, or the clause sharing most words
 * with the question (`retrieval`, which may also have found none).
 */
export type Route = 'ruled' | 'first' | 'data' | 'case' | 'incident' | 'retrieval';

export interface Routed {
  result: PolicyAnswer;
  route: Route;
  /** The answer from one clause alone, for when the lead model names another. */
  recompose?: (clause: ClauseId) => PolicyAnswer;
}

export const refused: Routed = { result: notCovered(), route: 'ruled' };
export const ruled = (result: PolicyAnswer): Routed => ({ result, route: 'ruled' });

/*
 * How sure the lead model must be to overrule the rules, chosen on question sets the rules had not
 * been tuned on, each scored with a model that had not learnt it (bench/policy-model.ts,
 * BENCHMARKS.md). A question the model is sure the scheme does not cover is refused where word
 * overlap alone chose its clause, a data question only when the model is surer still; where a rule
 * recognised the ask, the rule stands (「执法记录仪坏了，拿手机拍行不行」 is 第6条's, though it
 * reads like a question about equipment).
 */
const REFUSE_TRUST: Partial<Record<Route, number>> = { retrieval: 0.7, data: 0.8 };
/**
 * How sure it must be to answer from another clause: where word overlap chose (it was right more
 * often at almost any confidence), or where a described case did not cite the clause at all.
 */
const CLAUSE_TRUST: Partial<Record<Route, number>> = { retrieval: 0.6, case: 0.6 };

/**
 * 「双随机抽查比例定多少」 answered 「实施方案未规定具体比例；……」 already says what a refusal would,
 * and where the scheme does touch the matter; the model, which has seen many a 「多少」 off-topic, would
 * refuse it.
 */
const SETS_NONE = /^实施方案(?:未规定|没有规定)/;

/** `opinion` is asked only on a route the model may overrule: elsewhere its work would be wasted. */
export function secondOpinion(routed: Routed, opinion: () => LeadGuess): PolicyAnswer {
  const { result, route, recompose } = routed;
  const refuseAt = REFUSE_TRUST[route];
  const clauseAt = CLAUSE_TRUST[route];
  if (refuseAt === undefined && clauseAt === undefined) return result;
  const guess = opinion();
  if (guess.label === OUT_OF_SCOPE) {
    const refuse = refuseAt !== undefined && guess.p >= refuseAt && !result.outOfScope;
    return refuse && !SETS_NONE.test(result.answer) ? notCovered() : result;
  }
  if (guess.label === BUREAU_DATA || !recompose || clauseAt === undefined || guess.p < clauseAt)
    return result;
  const clause = guess.label as ClauseId;
  if (!result.outOfScope && result.citations[0]?.clause === clause) return result;
  // A case keeps its answer when it cites the clause already, if not first.
  if (route === 'case' && result.citations.some((citation) => citation.clause === clause)) return result;
  return recompose(clause);
}

/*
 * How sure the model must be to put first a clause a described case or incident already cites (text
 * and quotes alike). Chosen on a blind set written for the purpose and on the own sets, each scored
 * with a model that had not learnt it (BENCHMARKS.md): on cases the rules had not met it named the
 * clause the asker's question turns on more often than the rules' order did, and on the sets the
 * rules were tuned on it cost nothing at this trust. An incident whose lead a rule chose from the
 * ask's own words is routed `ruled`, and stands.
 */
const LEAD_TRUST = 0.6;
const LED_ROUTES: ReadonlySet<Route> = new Set(['first', 'case', 'incident']);

/** The answer led by the clause the model names, where it is sure and the answer cites that clause. */
export function ledByModel(
  route: Route,
  result: PolicyAnswer,
  question: string,
  opinion: () => LeadGuess,
): PolicyAnswer {
  if (!LED_ROUTES.has(route) || result.outOfScope || result.citations.length < 2) return result;
  const guess = opinion();
  if (guess.p < LEAD_TRUST || guess.label === OUT_OF_SCOPE || guess.label === BUREAU_DATA) return result;
  return ledBy(result, guess.label as ClauseId, askedForm(question), question) ?? result;
}
