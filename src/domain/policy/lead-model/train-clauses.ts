import type { LeadModel } from './model.js';
import { descend, learnable, sparse, type TrainOptions } from './train.js';

export interface ClauseExample {
  /** `modelText` of the question. */
  text: string;
  /** Every clause that decides it; none for a question the scheme does not cover. */
  clauses: readonly string[];
}

/**
 * Clause weights smaller than this are left out of the stored model: it halves its size and, left
 * out of the own sets in turn, named the same clauses (BENCHMARKS.md).
 */
export const CLAUSE_SMALLEST_WEIGHT = 0.4;

export const CLAUSE_TRAINING: TrainOptions = { epochs: 15, rate: 0.3, l2: 1e-4, minQuestions: 2, seed: 36 };

/**
 * One logistic regression per clause (one-vs-rest) by stochastic gradient descent: each says
 * whether its clause decides the question, whatever else does.
 */
export function trainClauses(
  examples: readonly ClauseExample[],
  options: TrainOptions = CLAUSE_TRAINING,
): LeadModel {
  const labels = [...new Set(examples.flatMap((e) => e.clauses))].sort();
  const count = labels.length;
  const kept = learnable(
    examples.map((e) => e.text),
    options.minQuestions,
  );
  const data = examples.map((e, i) => ({
    features: kept[i] ?? [],
    wanted: labels.map((label) => (e.clauses.includes(label) ? 1 : 0)),
  }));
  const { weights, bias } = descend(data, count, options, (row, scores) => {
    for (let c = 0; c < count; c += 1)
      scores[c] = 1 / (1 + Math.exp(-(scores[c] ?? 0))) - (row.wanted[c] ?? 0);
  });
  return { labels, bias: [...bias], weights: sparse(weights) };
}
