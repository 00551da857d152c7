/**
 * The lead model: a small linear model, trained on the own question sets, that names the clause a
 * question leads with or says the scheme does not cover it. The answerer asks it for a second
 * opinion where its own rules chose by word overlap alone (see second-opinion.ts).
 */
import { features, modelText } from './features.js';
import { deserialize, guess, OUT_OF_SCOPE, type LeadGuess, type LeadModel } from './model.js';
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
