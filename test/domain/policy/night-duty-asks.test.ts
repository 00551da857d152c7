import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('a night on duty told as the background of a case is no roster asked', () => {
  it.each([
    // Duty and calls told, a penalty or a measure asked.
    ['昨晚值班：长治示例水泥有限公司除尘器坏了，我们当场要求停产，这样处理合适吗', '13'],
    ['值班人员接到电话，企业往河道里倒废水，立案以后能不能不罚', '11'],
    ['夜班时企业主动打电话报告超标一小时，处罚时能考虑吗', '12'],
    ['值夜班碰到企业偷排，有人说罚款就够了，还要不要责令整改', '14'],
    // A refusal to let officers in, told before the procedure asked of the next visit.
    ['昨晚接群众电话去长治示例化工有限公司，门卫不让进厂，明天想进厂查，需要走什么手续', '5'],
  ])('%s leads with 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope, question).toBe(false);
    expect(result.citations[0]?.clause, `${question} → ${result.answer}`).toBe(clause);
  });

  it.each([
    // The roster, the duty phone and the pay for it stay outside the scheme.
    ['执法队值班怎么安排'],
    ['元旦要不要安排人值班'],
    ['下个月的值班表排出来没'],
    ['潞城分局值班电话多少'],
    ['黎城分局的电话是多少'],
    ['昨晚值夜班到凌晨，今天能补休吗'],
    // Obstruction itself asked, not a visit's procedure.
    ['企业门卫不让进厂怎么办'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope, question).toBe(true);
  });
});

describe('what an officer did or proposes that night, read as the scheme names it', () => {
  it.each([
    // A fine held enough, the order to correct asked: 不得以罚代管.
    ['企业偷排，今天要立案，有人说罚款就行了，要不要同时责令改正', /^需要，立案罚款时，罚款不能代替责令改正/],
    // Waste let off through a hose or into a river is 偷排偷放.
    ['企业用软管往雨水井排废液，能不能首违不罚', /往雨水井排废液属偷排偷放/],
    // An order to stop production told, whether it was right asked: 审慎采取.
    ['脱硫塔坏了，我们口头要求企业全线停产，合适吗', /^可以，但须审慎采取/],
    // Every weighing fact said back, and the consequence 第13条 weighs.
    ['企业超标后主动打电话报告、及时处置，未造成污染，处罚时能考虑吗', /所述主动打电话报告、及时处置/],
    [
      '企业超标后主动打电话报告、及时处置，未发现周边受影响，处罚时能考虑吗',
      /所述未发现周边受影响，处罚时注意区分/,
    ],
  ])('%s', (question, said) => {
    expect(answer(question, ctx).answer).toMatch(said);
  });

  it.each([
    // Near-misses left alone: the fine asked alone, a weather measure, a rain drain that is no discharge.
    ['企业超标排放，罚款就行了吗', /^(?!.*以罚代管)/],
    ['重污染天气要求企业停产限产，没落实怎么办', /^(?!.*审慎采取)/],
    ['雨水井里有污水要不要查', /^(?!.*偷排偷放)/],
  ])('%s is not read as the measure', (question, said) => {
    expect(answer(question, ctx).answer).toMatch(said);
  });
});
