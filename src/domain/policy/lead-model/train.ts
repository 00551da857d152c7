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

/** Multinomial logistic regression by stochastic gradient descent. */
export function train(examples: readonly Example[], options: TrainOptions = TRAINING): LeadModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const count = labels.length;
  const seen = new Map<string, number>();
  const rows = examples.map((e) => ({ features: features(e.text), label: labels.indexOf(e.label) }));
  for (const row of rows) for (const f of row.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const data = rows.map((row) => ({
    features: row.features.filter((f) => (seen.get(f) ?? 0) >= options.minQuestions),
    label: row.label,
  }));
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(count);
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = data.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [data[i], data[j]] = [data[j] as (typeof data)[number], data[i] as (typeof data)[number]];
    }
    for (const row of data) {
      const norm = 1 / Math.sqrt(Math.max(1, row.features.length));
      const scores = Float64Array.from(bias);
      for (const f of row.features) {
        const w = weights.get(f);
        if (w) for (let c = 0; c < count; c += 1) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0) * norm;
      }
      const top = Math.max(...scores);
      let sum = 0;
      for (let c = 0; c < count; c += 1) sum += scores[c] = Math.exp((scores[c] ?? 0) - top);
      for (let c = 0; c < count; c += 1) {
        const gradient = (scores[c] ?? 0) / sum - (c === row.label ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - options.rate * gradient;
        for (const f of row.features) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Float64Array(count)));
          w[c] = (w[c] ?? 0) - options.rate * (gradient * norm + options.l2 * (w[c] ?? 0));
        }
      }
    }
  }
  const sparse = new Map<string, [number, number][]>();
  for (const [f, w] of weights)
    sparse.set(
      f,
      [...w].map((v, c): [number, number] => [c, v]),
    );
  return { labels, bias: [...bias], weights: sparse };
}
