import { everyday } from './everyday.js';
import { asksOtherRegime } from './joint-visit.js';
import { BUREAU_DATA, OUT_OF_SCOPE, type LeadGuess } from './lead-model/index.js';
import { lastPhrase } from './near-miss-background.js';
import { outsideProcedure } from './outside-procedures.js';
import { ownAffair, personalAffair } from './scope.js';
import { refused, type Routed } from './second-opinion.js';

/*
 * How sure the lead model must be of a clause before a told case a near-miss rule refused for words
 * in passing (「要求12月底前办结」「环评、安全、消防也都看了」) is answered after all, read without the
 * near-miss rules. Chosen on a blind set written for the purpose and on the own sets, each scored
 * with a model that had not learnt it (BENCHMARKS.md).
 */
const TOLD_CASE_TRUST = 0.85;
/** A short question is no told case. */
const TOLD_CASE_LENGTH = 40;

/**
 * What the near-miss rules refuse, asked in the last phrase (「要是查实了，按大气污染防治法罚多少」), or
 * staff's own affairs anywhere (「趁安静期集中休年假」): refused, whatever clause the words recall.
 */
function refusedForItsAsk(question: string): boolean {
  const ask = lastPhrase(question);
  return ownAffair(question) || personalAffair(ask) || outsideProcedure(ask) || asksOtherRegime(ask);
}

/** The question routed again without the near-miss rules, where the model is sure they refused a told case. */
export function unrefused(
  routed: Routed,
  asked: string,
  opinion: () => LeadGuess,
  again: () => Routed,
): Routed {
  if (routed !== refused || asked.length < TOLD_CASE_LENGTH || refusedForItsAsk(everyday(asked)))
    return routed;
  const guess = opinion();
  const sure = guess.p >= TOLD_CASE_TRUST && guess.label !== OUT_OF_SCOPE && guess.label !== BUREAU_DATA;
  return sure ? again() : routed;
}
