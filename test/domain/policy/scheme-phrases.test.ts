import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { phraseAsked } from '../../../src/domain/policy/scheme-phrases.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('the meaning of one of the scheme’s set phrases asked', () => {
  it.each([
    ['无事不扰是啥意思', '8'],
    ['利剑高悬指的是什么', '8'],
    ['方案里说的人防为主怎么理解', '8'],
    ['“教育引导”咋理解', 'general'],
    ['一次检查、全面体检是什么意思', '6'],
  ])('%s is answered from the clause that says it', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it('leaves a phrase named without its meaning asked, and words the scheme does not quote', () => {
    expect(phraseAsked('无事不扰的企业今年查了几次', undefined)).toBeUndefined();
    expect(phraseAsked('包容审慎是什么意思', undefined)).toBeUndefined();
  });

  it('takes the clause word overlap ranks first when it says the phrase too', () => {
    expect(phraseAsked('一刀切咋理解', '13')).toBe('13');
    expect(phraseAsked('一刀切咋理解', undefined)).toBe('general');
  });
});
