import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('checks made without a visit in a quiet period', () => {
  it.each([
    ['安静期内查看企业报送的危废台账需要报批吗', /^不需要。第10条的报批要求针对“企业安静期”内的现场执法检查/],
    [
      '安静期让企业把监测报告扫描件传过来看一下行吗',
      /^可以。第10条的报批要求针对“企业安静期”内的现场执法检查/,
    ],
    ['安静期内给企业打个电话核实一下整改情况可以吗', /^可以。.*不是现场执法检查/],
    ['安静期内用用电数据查企业要主要负责人批吗', /^不需要。.*不是现场执法检查/],
    ['安静期间搞个视频连线检查用不用报一把手', /^不需要。.*不是现场执法检查/],
  ])('%s is no 现场执法检查, so 第10条’s approval does not apply', (question, words) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(words);
    expect(result.citations[0]?.clause).toBe('10');
  });

  it('still asks for the main head’s approval of a visit on site', () => {
    expect(answer('安静期内去企业现场看看台账要批吗', ctx).answer).toMatch(/^需要/);
  });
});
