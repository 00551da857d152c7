import { describe, expect, it } from 'vitest';
import type { ClauseId } from '../../../src/domain/clauses.js';
import { cite } from '../../../src/domain/policy/citations.js';
import { secondOpinion, type Route } from '../../../src/domain/policy/second-opinion.js';
import type { PolicyAnswer } from '../../../src/domain/policy/index.js';

const answered = (...clauses: ClauseId[]): PolicyAnswer => ({
  answer: `答复（第${clauses[0]}条）。`,
  citations: cite(clauses.map((clause) => ({ clause, about: '' }))),
  outOfScope: false,
});
const setsNone: PolicyAnswer = {
  ...answered('3'),
  answer: '实施方案未规定具体比例；应制定年度执法检查计划（第3条）。',
};
const refusal: PolicyAnswer = { answer: '实施方案未涉及这一问题。', citations: [], outOfScope: true };
const recomposed = (clause: ClauseId): PolicyAnswer => ({ ...answered(clause), answer: `重答 ${clause}` });

type Outcome = 'kept' | 'refused' | `recomposed ${string}`;
function outcome(route: Route, result: PolicyAnswer, label: string, p: number): Outcome {
  const after = secondOpinion({ result, route, recompose: recomposed }, () => ({ label, p }));
  if (after === result) return 'kept';
  if (after.outOfScope) return 'refused';
  return `recomposed ${after.answer.replace('重答 ', '')}`;
}

describe('the lead model as a second opinion', () => {
  it.each<[string, Route, PolicyAnswer, string, number, Outcome]>([
    [
      'word overlap chose, the model is sure of another clause',
      'retrieval',
      answered('3'),
      '8',
      0.6,
      'recomposed 8',
    ],
    ['word overlap chose, the model is unsure', 'retrieval', answered('3'), '8', 0.5, 'kept'],
    [
      'word overlap found nothing, the model names a clause',
      'retrieval',
      refusal,
      '12',
      0.7,
      'recomposed 12',
    ],
    ['the model agrees', 'retrieval', answered('3'), '3', 0.99, 'kept'],
    [
      'the model is sure the scheme does not cover it',
      'retrieval',
      answered('3'),
      'outOfScope',
      0.8,
      'refused',
    ],
    ['an answer that says the scheme sets no figure', 'retrieval', setsNone, 'outOfScope', 0.95, 'kept'],
    ['out of scope, but not sure enough', 'retrieval', answered('3'), 'outOfScope', 0.6, 'kept'],
    ['a rule recognised the ask', 'ruled', answered('5'), '10', 0.99, 'kept'],
    [
      'a rule recognised the ask, though the model is sure it is off-topic',
      'ruled',
      answered('5'),
      'outOfScope',
      0.9,
      'kept',
    ],
    ['a case, though the model is sure it is off-topic', 'case', answered('10'), 'outOfScope', 0.9, 'kept'],
    ['a case cites the model clause already', 'case', answered('10', '3'), '3', 0.9, 'kept'],
    [
      'a case misses the clause the model is sure of',
      'case',
      answered('10', '3'),
      '12',
      0.7,
      'recomposed 12',
    ],
    ['a case, the model less sure', 'case', answered('10', '3'), '12', 0.5, 'kept'],
    ['an incident is not recomposed', 'incident', answered('13'), '14', 0.95, 'kept'],
    [
      'a data answer refused only when the model is surer',
      'data',
      answered('10'),
      'outOfScope',
      0.75,
      'kept',
    ],
    ['a data answer, the model very sure', 'data', answered('10'), 'outOfScope', 0.85, 'refused'],
    ['the model says data, the rules answered', 'retrieval', answered('10'), 'bureauData', 0.9, 'kept'],
  ])('%s', (_, route, result, label, p, expected) => {
    expect(outcome(route, result, label, p)).toBe(expected);
  });
});
