import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { refused, ruled, type Routed } from '../../../src/domain/policy/second-opinion.js';
import { unrefused } from '../../../src/domain/policy/told-case.js';
import { notCovered } from '../../../src/domain/policy/scope.js';
import { demoContext } from '../../policy/fixtures.js';

const AGAIN: Routed = ruled({ answer: '再读', citations: [], outOfScope: false });
const TOLD =
  '长治示例化工有限公司有一件省里交办的信访件，要求本月底前办结。我们计划12月8日去现场核查，这几天是安静期，要报谁批？';

afterEach(() => useLeadModel(undefined));

describe('a told case a near-miss rule refused', () => {
  it.each([
    ['is read again when the model is sure of a clause', TOLD, '10', 0.95, AGAIN],
    ['stays refused when the model is less sure', TOLD, '10', 0.8, refused],
    ['stays refused when the model is sure the scheme does not cover it', TOLD, 'outOfScope', 0.95, refused],
    ['stays refused when it is short', '办结了还要去现场吗，谁批？', '10', 0.95, refused],
    [
      'stays refused when its last phrase asks what the rules refuse',
      '接到举报说长治示例焦化有限公司夜里偷排，局长已经批了12月5日去现场，要是查实了，按水污染防治法罚款是多少钱？',
      '11',
      0.95,
      refused,
    ],
    [
      "stays refused when it is staff's own affair, wherever it is said",
      '科室想趁12月1日到20日全市企业安静期这段时间，安排大家集中休年假，领导能批吗，需要走什么程序',
      '10',
      0.95,
      refused,
    ],
  ])('%s', (_, question, label, p, expected) => {
    expect(
      unrefused(
        refused,
        question,
        () => ({ label, p }),
        () => AGAIN,
      ),
    ).toBe(expected);
  });

  it('leaves an answer the rules gave alone, without asking the model', () => {
    const given = ruled({ answer: '可以', citations: [], outOfScope: false });
    const opinion = () => {
      throw new Error('not asked');
    };
    expect(unrefused(given, TOLD, opinion, () => AGAIN)).toBe(given);
  });

  it('answers a special inspection whose leader wants the safety and fire checks done too', () => {
    const question =
      '我们专项查着查着 带队的说顺便把长治示例化工有限公司的安全 消防也都看了 还说时间再往后延一个月 这个有问题没';
    useLeadModel(null);
    expect(answer(question, demoContext())).toEqual(notCovered());
    useLeadModel(undefined);
    const result = answer(question, demoContext());
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe('4');
    expect(result.answer).toContain('严格限定检查内容和时间周期');
  });
});
