import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
// The rules are tuned with the lead model off.
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));
const lead = (question: string): string | undefined => answer(question, ctx).citations[0]?.clause;

describe('a duty asked beside a named enterprise leads, not the visit', () => {
  it.each([
    ['示例煤业今年查过一次，襄垣分局说方案是市局的事，分局要不要自己细化工作措施', 'org-1'],
    ['示例焦化周边群众在网上反映异味，分局已经去查了，方案对回应社会关切有啥要求', 'org-3'],
    ['屯留分局查化工厂的案子上了新闻，局里要不要做宣传', 'org-3'],
    ['潞城分局对钢铁厂偷排立案了，全流程管理分几步', '14'],
    ['长子分局去污水处理厂检查，想把验收销号那套全流程走一遍，具体怎么弄', '14'],
  ])('%s leads with %s', (question, clause) => {
    expect(lead(question)).toBe(clause);
  });

  it.each([
    ['分局查示例化工，有人说只在事后公示处罚结果就行，这样可以吗', '7'],
    ['武乡分局去危废处置公司检查，有人主张处罚决定不用公示，这么弄行吗', '7'],
  ])('%s: the ask pointing back reads what was proposed (%s)', (question, clause) => {
    expect(lead(question)).toBe(clause);
  });
});

describe('a row of a form asked (填哪几项) beside a planned visit is the form’s', () => {
  it.each([
    ['局里明年对全市焦化企业搞超标排放专项，对象有示例焦化，专项执法检查审批表基本信息要填哪几项', 'annex-1'],
    ['上党分局12月5号双随机去示例焦化，入企执法检查计划审批表检查安排要填什么', 'annex-2'],
  ])('%s leads with %s', (question, clause) => {
    expect(lead(question)).toBe(clause);
  });
});
