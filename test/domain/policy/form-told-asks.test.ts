import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('a form told or named beside an ask: which clause leads', () => {
  it.each([
    // A form's row named in everyday words leads with the form.
    ['线索移送表里身份证号那格必须写吗', 'annex-3'],
    ['移交线索时接收方那一栏谁来签', 'annex-3'],
    ['移送表的移送意见都能勾哪几个', 'annex-3'],
    // A form told first, another clause's subject asked last.
    ['计划审批表检查方式选了现场检查，进了厂记录仪要一直开着吗', '6'],
    ['附件2勾的双随机，到了企业是不是要亮证', '6'],
    // Where a clue goes, asked beside its form, is 第8条's first.
    ['大气科用电数据看出长治示例焦化有限公司治污设施没开 这线索怎么转 用哪张表', '8'],
    ['无人机拍到长治示例煤业有限公司偷排，线索移给谁，要不要填移送表', '8'],
    // Two boxes asked: the form stays first.
    ['移送表线索来源勾哪个、接收单位填谁，自动监控发现长治示例化工有限公司超标', 'annex-3'],
  ])('%s leads with %s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause, `${question} → ${result.answer}`).toBe(clause);
  });
});
