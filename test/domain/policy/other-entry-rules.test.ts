import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { paired } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('an inspection step asked of 调研、考核评估、核与辐射监管', () => {
  it.each([
    ['辐射安全检查碰上安静期，也得报局长批准吗', '不需要', [['安静期', '10']]],
    ['上级考核评估组来检查，是不是也要填计划审批表', '不是', [['审批表', 'annex-2']]],
    ['去企业走访调研前，用不用报分局局长审批', '不需要', [['审批', '5']]],
  ] as const)('%s: %s, each step beside its clause', (question, verdict, facts) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.answer.startsWith(verdict)).toBe(true);
    expect(result.citations[0]?.clause).toBe('notice');
    for (const fact of facts) expect(paired(result.answer, [...fact])).toBe(true);
  });

  it.each([['核与辐射项目的许可要走哪些流程'], ['环评批复一般多久下来']])(
    '%s (how the other procedure goes) is refused',
    (question) => {
      expect(answer(question, ctx).outOfScope).toBe(true);
    },
  );
});
