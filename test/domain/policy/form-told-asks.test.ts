import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const lead = (question: string) => {
  const result = answer(question, ctx);
  return [result.citations.map((c) => c.clause), result.answer] as const;
};

describe('a form’s row named in everyday words leads with the form', () => {
  it.each([
    ['线索移送表里身份证号那格必须写吗', 'annex-3'],
    ['移交线索时接收方那一栏谁来签', 'annex-3'],
    ['移送表的移送意见都能勾哪几个', 'annex-3'],
  ])('%s leads with %s', (question, clause) => {
    const [cited, text] = lead(question);
    expect(cited[0], `${question} → ${text}`).toBe(clause);
  });
});

describe('a form told first, another clause’s subject asked last', () => {
  it.each([
    ['计划审批表检查方式选了现场检查，进了厂记录仪要一直开着吗', '6'],
    ['附件2勾的双随机，到了企业是不是要亮证', '6'],
  ])('%s leads with 第%s条', (question, clause) => {
    const [cited, text] = lead(question);
    expect(cited[0], `${question} → ${text}`).toBe(clause);
  });
});

describe('where a clue goes, asked beside its form, is 第8条’s first', () => {
  it.each([
    ['大气科用电数据看出长治示例焦化有限公司治污设施没开 这线索怎么转 用哪张表', '8'],
    ['无人机拍到长治示例煤业有限公司偷排，线索移给谁，要不要填移送表', '8'],
    // Two boxes asked: the form stays first.
    ['移送表线索来源勾哪个、接收单位填谁，自动监控发现长治示例化工有限公司超标', 'annex-3'],
  ])('%s leads with %s', (question, clause) => {
    const [cited, text] = lead(question);
    expect(cited[0], `${question} → ${text}`).toBe(clause);
  });
});
