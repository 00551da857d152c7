import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClauseId } from '../../src/domain/clauses.js';
import type { Directory, Enterprise, QuietPeriod } from '../../src/domain/org.js';
import type { AnswerContext, PolicyAnswer } from '../../src/domain/policy/index.js';

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
      {
        uscc: '91140404A10YRXXR9P',
        date: '2026-03-10',
        unit: 'shangdang',
        type: 'random',
        onSite: true,
        code: 'JC-2026-0012-1',
        status: 'done',
      },
      {
        uscc: '91140404A10YRXXR9P',
        date: '2026-06-15',
        unit: 'shangdang',
        type: 'random',
        onSite: true,
        code: 'JC-2026-0047-1',
        status: 'done',
      },
    ],
  };
}

/** Whether an answer meets everything its item asks: scope, first citation, all clauses of a case. */
export function isRight(item: QuestionItem, result: PolicyAnswer): boolean {
  if (item.outOfScope !== undefined && result.outOfScope !== item.outOfScope) return false;
  if (!item.outOfScope && result.outOfScope) return false;
  if (item.expectClause && result.citations[0]?.clause !== item.expectClause) return false;
  const cited = new Set(result.citations.map((citation) => citation.clause));
  return (item.expectAllClauses ?? []).every((clause) => cited.has(clause));
}

export interface SetScore {
  rate: number;
  wrong: string[];
  /** Items naming a first clause, and how many of them got it first. */
  topCitation: { right: number; of: number };
  outOfScopeRefused: { right: number; of: number };
  describedFullyCited: { right: number; of: number };
}

export function scoreSet(items: readonly QuestionItem[], ask: (q: string) => PolicyAnswer): SetScore {
  const count = (
    pick: (item: QuestionItem) => boolean,
    ok: (item: QuestionItem, a: PolicyAnswer) => boolean,
  ) => {
    const chosen = items.filter(pick);
    return { right: chosen.filter((item) => ok(item, ask(item.q))).length, of: chosen.length };
  };
  const wrong = items.filter((item) => !isRight(item, ask(item.q))).map((item) => item.id);
  return {
    rate: 1 - wrong.length / items.length,
    wrong,
    topCitation: count(
      (item) => item.expectClause !== undefined,
      (item, a) => a.citations[0]?.clause === item.expectClause,
    ),
    outOfScopeRefused: count(
      (item) => item.outOfScope === true,
      (_item, a) => a.outOfScope,
    ),
    describedFullyCited: count(
      (item) => item.expectAllClauses !== undefined,
      (item, a) => isRight(item, a),
    ),
  };
}
