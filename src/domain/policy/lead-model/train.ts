import { features } from './features.js';
import type { LeadModel } from './model.js';

export interface Example {
  /** `modelText` of the question. */
  text: string;
  label: string;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature seen in fewer questions than this is too rare to learn from. */
  minQuestions: number;
  seed: number;
}

export const TRAINING: TrainOptions = { epochs: 20, rate: 0.3, l2: 1e-4, minQuestions: 2, seed: 36 };

/** mulberry32: a small seeded generator, so that training the same sets gives the same weights. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates, in place, with the seeded generator. */
function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

/** Each row's features, without those seen in fewer than `minQuestions` rows. */
export function learnable(texts: readonly string[], minQuestions: number): string[][] {
  const rows = texts.map((text) => features(text));
  const seen = new Map<string, number>();
  for (const row of rows) for (const f of row) seen.set(f, (seen.get(f) ?? 0) + 1);
  return rows.map((row) => row.filter((f) => (seen.get(f) ?? 0) >= minQuestions));
}

/** Dense weights, as the model stores them. */
export function sparse(weights: Map<string, Float64Array>): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const [f, w] of weights)
    out.set(
      f,
      [...w].map((v, c): [number, number] => [c, v]),
    );
  return out;
}

/**
 * Stochastic gradient descent over linear scores (the bias and each present feature's weights,
 * 1/√n each): `gradient` turns a row's scores into each label's gradient, in place.
 */
export function descend<Row extends { features: readonly string[] }>(
  rows: Row[],
  count: number,
  options: TrainOptions,
  gradient: (row: Row, scores: Float64Array) => void,
): { weights: Map<string, Float64Array>; bias: Float64Array } {
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(count);
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(rows, next);
    for (const row of rows) {
      const norm = 1 / Math.sqrt(Math.max(1, row.features.length));
      const scores = Float64Array.from(bias);
      for (const f of row.features) {
        const w = weights.get(f);
        if (w) for (let c = 0; c < count; c += 1) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0) * norm;
      }
      gradient(row, scores);
      for (let c = 0; c < count; c += 1) {
        const g = scores[c] ?? 0;
        bias[c] = (bias[c] ?? 0) - options.rate * g;
        for (const f of row.features) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Float64Array(count)));
          w[c] = (w[c] ?? 0) - options.rate * (g * norm + options.l2 * (w[c] ?? 0));
        }
      }
    }
  }
  return { weights, bias };
}

/** Multinomial logistic regression (softmax) by stochastic gradient descent. */
export function train(examples: readonly Example[], options: TrainOptions = TRAINING): LeadModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const count = labels.length;
  const kept = learnable(
    examples.map((e) => e.text),
    options.minQuestions,
  );
  const data = examples.map((e, i) => ({ features: kept[i] ?? [], label: labels.indexOf(e.label) }));
  const { weights, bias } = descend(data, count, options, (row, scores) => {
    const top = Math.max(...scores);
    let sum = 0;
    for (let c = 0; c < count; c += 1) sum += scores[c] = Math.exp((scores[c] ?? 0) - top);
    for (let c = 0; c < count; c += 1) scores[c] = (scores[c] ?? 0) / sum - (c === row.label ? 1 : 0);
  });
  return { labels, bias: [...bias], weights: sparse(weights) };
}
