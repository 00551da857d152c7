import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { asksOf } from '../../../src/domain/policy/several-asks.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
// The rules are tuned with the lead model off.
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));
const cited = (question: string): string[] => answer(question, ctx).citations.map((c) => c.clause);

describe('several asks in one message are each answered with their clause', () => {
  it.each([
    ['示例化工查完了，结果要不要反馈企业，决定书由谁来公示', ['6', '7']],
    ['检查完问题挺多，结果要不要跟企业讲，整改方案谁帮着定', ['6', '15']],
    ['明年的检查比例怎么定，计划审批表用哪张', ['annex-2', '3']],
  ])('%s', (question, clauses) => {
    const got = cited(question);
    for (const clause of clauses) expect(got).toContain(clause);
  });

  it('a message with one ask is answered as before', () => {
    expect(cited('检查结束后结果要不要告诉企业')).toEqual(['6']);
    expect(asksOf('检查结束后结果要不要告诉企业')).toHaveLength(1);
  });
});
