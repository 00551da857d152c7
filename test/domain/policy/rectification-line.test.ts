import { describe, expect, it } from 'vitest';
import { CLAUSE_FACTS } from '../../../src/domain/policy/clause-facts.js';

describe('a rectification step told is said as 第15条’s duty, in a whole sentence', () => {
  it.each([
    ['整改核查', /^应开展整改核查，督导企业/],
    ['整改验收', /^所述整改验收，应开展整改核查，/],
    ['复查', /^所述复查，应开展整改核查，/],
  ])('%s', (word, line) => {
    expect(CLAUSE_FACTS.rectification.says(word)).toMatch(line);
  });
});
