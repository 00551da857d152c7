/**
 * The lead model: a small linear model, trained on the own question sets, that names the clause a
 * question leads with or says the scheme does not cover it. The answerer asks it for a second
 * opinion where its own rules chose by word overlap alone (see second-opinion.ts).
 */
import { features, modelText } from './features.js';
import { deserialize, each, guess, OUT_OF_SCOPE, scores, type LeadGuess, type LeadModel } from './model.js';
import { CLAUSE_WEIGHTS } from './clause-weights.js';
import { WEIGHTS } from './weights.js';

export { BUREAU_DATA, OUT_OF_SCOPE, type LeadGuess } from './model.js';

let model: LeadModel | null | undefined;

export function leadGuess(question: string, previous?: string): LeadGuess {
  if (model === undefined) model = deserialize(WEIGHTS);
  return model ? guess(model, features(modelText(question, previous))) : { label: OUT_OF_SCOPE, p: 0 };
}

/**
 * The guess, trusted for a follow-up only when the question alone says the same: read with the one
 * before, 「明天放假吗」 looks like the clause just asked about.
 */
export function leadOpinion(question: string, previous?: string): LeadGuess {
  const read = leadGuess(question, previous);
  return !previous || leadGuess(question).label === read.label ? read : { ...read, p: 0 };
}

/**
 * For the benchmark that scores the answerer on a set the model did not learn from: another
 * model in its place, `null` for the rules alone, `undefined` for the stored one again.
 */
export function useLeadModel(replacement: LeadModel | null | undefined): void {
  model = replacement;
}

let clauseModel: LeadModel | null | undefined;

function clauses(): LeadModel | null {
  if (clauseModel === undefined) clauseModel = deserialize(CLAUSE_WEIGHTS);
  return clauseModel;
}

/**
 * The clause model: for each clause, how likely it is to decide the question, whatever else does
 * (a one-vs-rest model trained on every clause the own sets label, not only the lead).
 */
export function decidingClauses(question: string, previous?: string): Map<string, number> {
  const model = clauses();
  return model ? each(model, features(modelText(question, previous))) : new Map();
}

/** How much a piece of the question, alone, speaks for `clause`: which of its words a clause answers. */
export function clauseWeight(piece: string, clause: string): number {
  const model = clauses();
  const at = model?.labels.indexOf(clause) ?? -1;
  if (!model || at < 0) return 0;
  return (scores(model, features(modelText(piece)))[at] ?? 0) - (model.bias[at] ?? 0);
}

/** As `useLeadModel`, for the clause model. */
export function useClauseModel(replacement: LeadModel | null | undefined): void {
  clauseModel = replacement;
}
