/**
 * A linear model over character features that names the clause a question leads with, or
 * `outOfScope`. Stored compactly: one line per feature, 「feature<TAB>class:weight,class:weight」,
 * weights in thousandths, so the worker carries text, not a large object literal to compile.
 */
export const OUT_OF_SCOPE = 'outOfScope';
/** Asked of the bureau's own calendar, registers or records, which no clause answers. */
export const BUREAU_DATA = 'bureauData';

export interface LeadModel {
  /** Clause ids and `outOfScope`, in the order the weights index them. */
  labels: string[];
  bias: number[];
  weights: Map<string, [number, number][]>;
}

export interface LeadGuess {
  label: string;
  /** The model's probability for `label`, 0..1. */
  p: number;
}

/** Weights smaller than this change no answer and are left out of the stored model. */
export const SMALLEST_WEIGHT = 0.2;

export function serialize(
  model: LeadModel,
  header: Record<string, unknown>,
  smallest = SMALLEST_WEIGHT,
): string {
  const round = (w: number) => (Math.abs(w) < smallest ? 0 : Math.round(w * 1000));
  const lines = [JSON.stringify({ ...header, labels: model.labels, bias: model.bias.map(round) })];
  for (const [feature, entries] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const kept = entries.filter(([, w]) => round(w) !== 0);
    if (kept.length) lines.push(`${feature}\t${kept.map(([c, w]) => `${c}:${round(w)}`).join(',')}`);
  }
  return lines.join('\n');
}

export function deserialize(text: string): LeadModel {
  const [head = '{}', ...rest] = text.split('\n');
  const meta = JSON.parse(head) as { labels: string[]; bias: number[] };
  const weights = new Map<string, [number, number][]>();
  for (const line of rest) {
    const tab = line.indexOf('\t');
    const entries = line
      .slice(tab + 1)
      .split(',')
      .map((pair): [number, number] => {
        const [c = '0', w = '0'] = pair.split(':');
        return [Number(c), Number(w) / 1000];
      });
    weights.set(line.slice(0, tab), entries);
  }
  return { labels: meta.labels, bias: meta.bias.map((b) => b / 1000), weights };
}

/** Each label's score of the features present, each feature weighing 1/√n. */
export function scores(model: LeadModel, present: readonly string[]): number[] {
  const out = [...model.bias];
  const norm = 1 / Math.sqrt(Math.max(1, present.length));
  for (const feature of present) {
    for (const [c, w] of model.weights.get(feature) ?? []) out[c] = (out[c] ?? 0) + w * norm;
  }
  return out;
}

/** Softmax over the labels: the one label the features point to. */
export function guess(model: LeadModel, present: readonly string[]): LeadGuess {
  const raw = scores(model, present);
  const top = Math.max(...raw);
  let sum = 0;
  let best = 0;
  for (let c = 0; c < raw.length; c += 1) {
    sum += Math.exp((raw[c] ?? 0) - top);
    if ((raw[c] ?? 0) > (raw[best] ?? 0)) best = c;
  }
  return { label: model.labels[best] ?? OUT_OF_SCOPE, p: 1 / sum };
}

/** A sigmoid per label (a one-vs-rest model): each label's own probability, 0..1. */
export function each(model: LeadModel, present: readonly string[]): Map<string, number> {
  const raw = scores(model, present);
  return new Map(model.labels.map((label, c) => [label, 1 / (1 + Math.exp(-(raw[c] ?? 0)))]));
}
