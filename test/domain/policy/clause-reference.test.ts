import { describe, expect, it } from 'vitest';
import { clauseReference } from '../../../src/domain/policy/clause-reference.js';

describe('clauseReference', () => {
  it.each([
    ['第10条是什么？', '10'],
    ['第十三条讲的啥', '13'],
    ['第 5 条', '5'],
    ['附件二怎么填', 'annex-2'],
    ['附件3', 'annex-3'],
    ['三（二）说了什么', 'org-2'],
  ])('reads %s as %s', (question, clause) => {
    expect(clauseReference(question)).toBe(clause);
  });

  it('names nothing for a clause the scheme does not have, or no number at all', () => {
    expect(clauseReference('第16条是什么')).toBeUndefined();
    expect(clauseReference('安静期谁批')).toBeUndefined();
  });
});
