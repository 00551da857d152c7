import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClauseId } from '../../src/domain/clauses.js';
import type { Directory, Enterprise, QuietPeriod } from '../../src/domain/org.js';
import type { AnswerContext } from '../../src/domain/policy/index.js';

function seed<T>(name: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../db/seed/${name}`, import.meta.url)), 'utf8'),
  ) as T;
}

export interface QuestionItem {
  id: string;
  q: string;
  /** The clause the first citation must name. */
  expectClause?: ClauseId;
  /** Described cases: every one of these must be cited. */
  expectAllClauses?: ClauseId[];
  outOfScope?: boolean;
}

export function questionSet(name: 'questions.json' | 'holdout.json'): QuestionItem[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8')) as QuestionItem[];
}

/**
 * The demo bureau on a Thursday before the citywide quiet period (2026-12-01 to 12-20), with the
 * coking plant already inspected on site twice this year, so its yearly cap is used up.
 */
export function demoContext(): AnswerContext {
  return {
    today: '2026-11-26',
    directory: seed<Directory>('org.json'),
    enterprises: seed<{ enterprises: Enterprise[] }>('enterprises.json').enterprises,
    quietPeriods: seed<{ quietPeriods: QuietPeriod[] }>('quiet-periods.json').quietPeriods,
    pastInspections: [
      { uscc: '91140404A10YRXXR9P', date: '2026-03-10', unit: 'shangdang', type: 'random', onSite: true },
      { uscc: '91140404A10YRXXR9P', date: '2026-06-15', unit: 'shangdang', type: 'random', onSite: true },
    ],
  };
}
