import { expect } from 'vitest';
import type { ClauseId } from '../../../src/domain/clauses.js';
import { answer } from '../../../src/domain/policy/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

/** A question, the clauses its answer must cite (first one first), facts said beside their clause, the opening. */
export type Row = [
  question: string,
  clauses: ClauseId[],
  paired: [fact: string, tag: string][],
  opens?: RegExp,
];

/** Asks on the demo bureau and checks the first citation, every clause, each fact beside its clause, the opening. */
export function checkCase([question, clauses, facts, opens]: Row): void {
  const result = answer(question, ctx);
  const cited = result.citations.map((c) => c.clause);
  expect(cited[0], `${question} → ${cited.join(',')}`).toBe(clauses[0]);
  for (const clause of clauses) expect(cited, question).toContain(clause);
  expect(cited.length, question).toBeLessThanOrEqual(4);
  const parts = result.answer.split(/[；。]/);
  for (const [fact, tag] of facts)
    expect(
      parts.some((part) => part.includes(fact) && part.includes(tag)),
      `${question} → ${result.answer}`,
    ).toBe(true);
  if (opens) expect(firstSentence(result.answer), question).toMatch(opens);
}
