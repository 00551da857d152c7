import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/domain/policy/concepts.js';
import { analyze, findConcepts, normalize } from '../../../src/domain/policy/tokenize.js';

describe('findConcepts', () => {
  it('maps officers’ words onto the scheme’s terms', () => {
    expect(findConcepts('一把手')).toEqual(['head']);
    expect(findConcepts('投诉')).toEqual(['complaint']);
    expect(findConcepts('白名单')).toEqual(['positiveList']);
    expect(findConcepts('首违不罚')).toEqual(['penaltyExempt']);
  });

  it('takes the longest form, so 分管局长 is not also 局长', () => {
    expect(findConcepts('分管局长')).toEqual(['supervisor']);
    expect(findConcepts('入企执法检查计划审批表')).toEqual(['annex2']);
  });

  it('matches full-width input after normalising it', () => {
    expect(normalize('１２３４５？')).toBe('12345?');
    expect(findConcepts(normalize('打１２３４５反映'))).toEqual(['complaint']);
  });

  it('has no form listed under two concepts', () => {
    const seen = new Map<string, string>();
    for (const [concept, forms] of Object.entries(CONCEPTS)) {
      for (const form of forms) {
        expect(seen.get(form), `${form} in ${concept}`).toBeUndefined();
        seen.set(form, concept);
      }
    }
  });
});

describe('analyze', () => {
  it('keeps bigrams where the segmenter splits a term into single characters', () => {
    expect(analyze('举报来的').terms).toContain('b:举报');
  });

  it('drops question phrases, so 是否 does not pull towards 第13条', () => {
    const terms = analyze('是否需要审批？').terms;
    expect(terms).not.toContain('b:是否');
    expect(terms).not.toContain('w:需要');
    expect(terms).toContain('#approve');
  });
});
