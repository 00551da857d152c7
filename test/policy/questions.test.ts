import { describe, expect, it } from 'vitest';
import { answer } from '../../src/domain/policy/index.js';
import { demoContext, questionSet, scoreSet, type QuestionItem } from './fixtures.js';

const ctx = demoContext();

const score = (items: readonly QuestionItem[]) => scoreSet(items, (q) => answer(q, ctx));

describe('the question set', () => {
  const items = questionSet('questions.json');

  it('is large enough and covers every clause in two wordings', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    expect(items.filter((item) => item.expectAllClauses).length).toBeGreaterThanOrEqual(15);
    expect(items.filter((item) => item.outOfScope && !item.expectClause).length).toBeGreaterThanOrEqual(10);
    const perClause = new Map<string, number>();
    for (const item of items) {
      if (item.expectClause) perClause.set(item.expectClause, (perClause.get(item.expectClause) ?? 0) + 1);
    }
    for (const count of perClause.values()) expect(count).toBeGreaterThanOrEqual(2);
    expect(perClause.size).toBe(23);
  });

  it('puts the right clause first for at least 95 %', () => {
    const { rate, wrong } = score(items);
    console.info(
      `question set: ${(rate * 100).toFixed(1)} % right of ${items.length}; wrong: ${wrong.join(', ') || 'none'}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('refuses every out-of-scope question', () => {
    for (const item of items.filter((candidate) => candidate.outOfScope)) {
      expect(answer(item.q, ctx).outOfScope, item.q).toBe(true);
    }
  });

  it('cites every clause a described case rests on', () => {
    for (const item of items.filter((candidate) => candidate.expectAllClauses)) {
      const cited = answer(item.q, ctx).citations.map((citation) => citation.clause);
      expect(cited, item.q).toEqual(expect.arrayContaining(item.expectAllClauses ?? []));
    }
  });
});

describe('the held-out questions, written without tuning on them', () => {
  it('are mostly answered from the right clause', () => {
    const items = questionSet('holdout.json');
    const { rate, wrong } = score(items);
    console.info(
      `holdout: ${(rate * 100).toFixed(1)} % right of ${items.length}; wrong: ${wrong.join(', ') || 'none'}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });
});
