import type { ClauseId } from '../clauses.js';
import { BUREAU_DATA, OUT_OF_SCOPE, type LeadGuess } from './lead-model/index.js';
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
const OUT_OF_SCOPE_TRUST = 0.7;
const DATA_OUT_OF_SCOPE_TRUST = 0.8;
/** Where word overlap alone chose the clause, the model was right more often at almost any confidence. */
const RETRIEVAL_TRUST = 0.6;
/** A described case keeps its own lead unless the model is sure of a clause the case did not cite. */
const CASE_TRUST = 0.6;

/**
 * 「双随机抽查比例定多少」 answered 「实施方案未规定具体比例；……」 already says what a refusal would,
 * and where the scheme does touch the matter; the model, which has seen many a 「多少」 off-topic, would
 * refuse it.
 */
const SETS_NONE = /^实施方案(?:未规定|没有规定)/;

export function secondOpinion(routed: Routed, guess: LeadGuess): PolicyAnswer {
  const { result, route, recompose } = routed;
  if (guess.label === OUT_OF_SCOPE) {
    const trust = route === 'data' ? DATA_OUT_OF_SCOPE_TRUST : route === 'retrieval' ? OUT_OF_SCOPE_TRUST : 1;
    return guess.p >= trust && !result.outOfScope && !SETS_NONE.test(result.answer) ? notCovered() : result;
  }
  if (guess.label === BUREAU_DATA || !recompose) return result;
  const clause = guess.label as ClauseId;
  const lead = result.outOfScope ? undefined : result.citations[0]?.clause;
  if (clause === lead) return result;
  if (route === 'retrieval' && guess.p >= RETRIEVAL_TRUST) return recompose(clause);
  const cited = result.citations.some((citation) => citation.clause === clause);
  if (route === 'case' && guess.p >= CASE_TRUST && !cited) return recompose(clause);
  return result;
}
