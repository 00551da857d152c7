// The question sets the lead model learns from: the own sets under test/policy, never the held-out
// ones (test/policy/holdout.json, test/corpus/*), which measure it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUREAU_DATA, OUT_OF_SCOPE } from '../src/domain/policy/lead-model/model.js';
import { modelText } from '../src/domain/policy/lead-model/features.js';
import type { Example } from '../src/domain/policy/lead-model/train.js';
import type { ClauseExample } from '../src/domain/policy/lead-model/train-clauses.js';

const DIR = fileURLToPath(new URL('../test/policy/', import.meta.url));
const OWN = /^questions(?:-v\d+)?\.json$/;

interface SetItem {
  id: string;
  q: string;
  previous?: string;
  expectClause?: string;
  outOfScope?: boolean;
  clauses?: string[];
  form?: string;
}

export interface LabelledQuestion {
  set: string;
  id: string;
  q: string;
  previous?: string;
  label: string;
  /** Every clause that decides it, the lead first; none when the scheme does not cover it. */
  clauses: string[];
}

/** The leading clause each item expects, out of scope, or the bureau's own data (no clause). */
function labelOf(item: SetItem): string | undefined {
  if (item.outOfScope || item.form === 'out-of-scope') return OUT_OF_SCOPE;
  return item.expectClause ?? item.clauses?.[0] ?? (item.clauses ? BUREAU_DATA : undefined);
}

export function ownSetFiles(): string[] {
  return readdirSync(DIR)
    .filter((file) => OWN.test(file))
    .sort();
}

export function labelledQuestions(files: readonly string[] = ownSetFiles()): LabelledQuestion[] {
  return files.flatMap((set) =>
    (JSON.parse(readFileSync(DIR + set, 'utf8')) as SetItem[]).flatMap((item) => {
      const label = labelOf(item);
      if (!label) return [];
      const clauses =
        label === OUT_OF_SCOPE ? [] : (item.clauses ?? [label]).filter((c) => c !== BUREAU_DATA);
      return [
        {
          set,
          id: item.id,
          q: item.q,
          label,
          clauses,
          ...(item.previous ? { previous: item.previous } : {}),
        },
      ];
    }),
  );
}

export function examplesOf(questions: readonly LabelledQuestion[]): Example[] {
  return questions.map((item) => ({ text: modelText(item.q, item.previous), label: item.label }));
}

export function clauseExamplesOf(questions: readonly LabelledQuestion[]): ClauseExample[] {
  return questions.map((item) => ({ text: modelText(item.q, item.previous), clauses: item.clauses }));
}

/** What the weights were trained on, so a test can tell when a set changed and the model did not. */
export function setsDigest(files: readonly string[] = ownSetFiles()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(DIR + file));
  return hash.digest('hex').slice(0, 16);
}
