import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('in-scope look-alikes answered with the verdict their form asks', () => {
  it.each([
    // Whether someone sees to it: 有.
    ['执法人员不文明执法，方案里有人管吗', /^有。/],
    // A factor the rule weighs may be weighed.
    ['企业积极整改，裁量时能算进去吗', /^可以/],
    // At will, against 审慎.
    ['查封扣押想用就用吗', /^不能，/],
    ['停产整治这种措施能随意采取吗', /^不能，/],
    // Launching a special inspection on a risk named: yes, on 第4条's approval.
    ['超标排放问题突出，能不能开展一次专项行动', /^可以，但专项检查方案须经.*主要负责人批准/],
    // A sweep of every enterprise stays a no.
    ['想开展专项，把全区企业逐家查一遍行吗', /^不能/],
  ])('%s', (question, expected) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toMatch(expected);
  });
});

describe('one visit for everything, in everyday words', () => {
  it.each([
    ['检查的时候能不能一回把问题全查完', '检查的时候能不能一次检查、全面体检'],
    ['和其他单位商量好一块去，一趟查到位', '和其他单位商量好一块去，综合一次查'],
  ])('%s → %s', (question, read) => {
    expect(everyday(question)).toBe(read);
  });
});

describe('第6条 and 第14条 asked for their tools and steps', () => {
  it.each([
    ['入企检查要带哪些设备', /^现场检查全程使用移动执法系统，充分利用执法记录仪/],
    ['整改要经过哪些环节', /^整改分立案、查处、整改、验收、销号五个环节/],
    ['督促整改的流程怎么走', /全流程管理模式/],
  ])('%s', (question, expected) => {
    expect(answer(question, ctx).answer).toMatch(expected);
  });

  it('a follow-up on another phase of the visit drops the phase asked before', () => {
    const result = answer('检查期间得带什么设备', { ...ctx, previous: '现场检查结束后要做什么' });
    expect(result.answer).toMatch(/执法记录仪/);
  });
});
