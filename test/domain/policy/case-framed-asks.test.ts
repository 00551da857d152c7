import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const after = (question: string, previous: string) => answer(question, { ...ctx, previous });

// The rules alone: the lead model has learnt the own sets.
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));

describe('an ask of its own clause, after a case told', () => {
  it.each([
    // A part of a form asked: its rows.
    ['潞城分局双随机抽到钢铁集团，计划审批表的检查安排要填什么', 'annex-2', '检查人员'],
    ['监控中心要移交化工厂的线索，移送表线索基本信息有几栏', 'annex-3', '共6栏'],
    ['扬尘专项下周开始，专项审批表基本信息部分写哪些', 'annex-1', '检查名称'],
    // The opinion rows with who approves.
    ['市执法队下周去化工厂，计划审批表审批意见部分有哪几栏', 'annex-2', '分管局领导审批'],
    // The branch, and the clue handed to it.
    ['长治示例焦化有限公司归哪个分局管，有线索移交给谁', '8', '上党分局'],
    // 第14条's steps.
    ['长子分局对污水厂立案了，整改全流程要走哪几步', '14', '立案、查处、整改、验收、销号'],
    // The plan's count, for any enterprise.
    ['钢铁集团今年查了三次，明年计划里给它定几次有没有硬性规定', '3', '未规定具体次数'],
  ])('%s is answered from %s', (question, clause, words) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe(clause);
    expect(result.answer).toContain(words);
  });

  it.each([
    // 有没有必要 asks a need.
    ['屯留分局人少，落实方案有没有必要成立工作专班', /^需要/],
    // What someone said is not the ask: the clause that asks is.
    ['分局长说方案是给市局看的，不用细化措施，分局到底要不要自己细化', /^需要/],
    // Whether the scheme grounds a rule.
    ['轻微免罚在实施方案里有依据吗', /^有/],
    ['首违不罚方案里有没有出处', /^有/],
    // A visit's own procedure asked, though the enterprise is on the positive list.
    ['这家是正面清单企业，到了厂门口记录仪没电了，能不能不开记录仪就进去查', /^不能/],
    // A pasted plan, then the registry's mark asked of the enterprise in it.
    ['计划：12月8日对长治示例热电有限公司现场检查 这家是不是正面清单企业', /^是。/],
    // A joint visit with other departments proposed after a case told.
    ['市场监管局和我们下周都要去钢铁集团，各查各的太折腾，跟他们一起查一次查完，方案里有这个路子没', /^可以/],
    ['住建局和屯留分局都要去化工厂，合并成联合检查，方案支持不', /^可以/],
    // A listed enterprise is not left alone: a clue found still goes on.
    ['热电公司是正面清单企业，用电监测显示连着几天没开治污设施，是不是就放着不管了', /^不是/],
    ['正面清单里的企业是不是就不用管了', /^不是/],
    // Who organises: not the city.
    ['送法入企是不是市局统一组织', /^不是，/],
    // Only the milder measure the rule prescribes.
    ['情节轻微也不是故意的，能不能只提醒告诫一下', /^可以/],
    // A coercive measure asked as 「能…吗」: yes, with care.
    ['铸造厂台账不全，有人想直接查封扣押，能这么办吗', /^可以，但/],
    // Seizure in the officer's words, asked of a night report's visit: 第13条's care, not the visit's approval.
    [
      '夜里接举报，一辆罐车往武乡县的沟里倒液体，车是长治示例危废处置有限公司的，分局已经到现场，能不能直接把车扣了',
      /^可以，但[^。]*审慎采取[^。]*（第13条）/,
    ],
    [
      '接到举报长治示例化工有限公司夜里偷排，分局已经到现场了，能不能直接把设备扣下',
      /^可以，但[^。]*（第13条）/,
    ],
    // A branch's special inspection stretched without end or to every enterprise.
    ['潞城分局的扬尘专项查了半年了，还想接着往后延，行不行', /^不能/],
    ['屯留分局搞个VOCs专项，打算把辖区企业全覆盖查一遍，可以吗', /^不能/],
  ])('%s opens %s', (question, opening) => {
    expect(answer(question, ctx).answer).toMatch(opening);
  });

  it.each([
    ['水泥厂堆场扬尘是员工疏忽造成的，处理时要不要区分主观故意'],
    ['化工厂职工误操作导致泄漏，这种算不算主观故意'],
  ])('%s: staff acting in a case are a fact, not the ask', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(false);
  });
});

describe('a follow-up with an ask of its own', () => {
  it.each([
    ['那一般聚焦在哪些领域', '专项检查方案要谁来批？'],
    ['专项一般侧重什么领域', '专项方案谁批'],
  ])('%s after %s asks 第4条’s focus', (question, previous) => {
    const result = after(question, previous);
    expect(result.citations[0]?.clause).toBe('4');
    expect(result.answer).toContain('危废非法处置');
  });
});
