import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('whether teaching the law on site is an inspection', () => {
  it.each([
    ['送法入企算入企检查吗', /^不算。/],
    ['企业请我们去讲讲法规，这算入企检查吗', /^不算。/],
    [
      '上个月监控中心给长治示例陶瓷发了预警提醒 这两天企业老板打电话想让我们过去给讲讲法规 帮着看看咋整改 这个算入企检察吗 要审皮不 平顺分局的',
      /^不算入企执法检查，/,
    ],
  ])('%s is answered from 第2条', (question, opens) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe('2');
  });

  it.each(['送法入企以谁为单位组织', '去企业复查整改算不算入企检查次数'])('leaves %s alone', (question) => {
    expect(answer(question, ctx).answer).not.toMatch(/^不算(?:入企执法检查)?[。，]/);
  });
});
