import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('procedures other rules govern, asked in the scheme words', () => {
  it.each([
    // Buying devices and where the money comes from.
    ['执法队打算买一批移动执法终端，政府采购怎么走'],
    ['送法入企要印宣传册，这笔钱从哪出'],
    ['监控中心添置无人机，采购程序是什么'],
    // Contracts.
    ['第三方监测机构的服务合同明年到期，怎么续签'],
    ['和检测公司签合同要走什么审批'],
    // Fees and pay.
    ['以案说法请律师来讲，劳务费按什么标准发'],
    ['专家帮忙评审整改方案，评审费每场给多少'],
    // Another department's licence.
    ['企业的取水许可证快到期了，去哪个部门申请延续'],
    ['危化品经营许可证延期要准备什么材料'],
    // Weather warnings.
    ['气象局说明天有寒潮，预警什么时候解除'],
    ['大雾黄色预警发了没有'],
    // Monitoring's technical standards, and other offices' reports.
    ['自动监控数据缺失时段按HJ 75怎么补遗'],
    ['有效数据捕集率不够75%的月份怎么判'],
    ['司法局要的谁执法谁普法履职报告，普法场次那栏怎么统计'],
    ['年度报表里执法检查次数的统计口径是什么'],
    // A permit's renewal, however close to its expiry.
    ['长治示例热电有限公司是正面清单企业，它的排污许可证明年3月到期，延续申请最晚要在到期前多少天交上来？'],
    // Filing closed cases.
    ['11月份各分局结案的行政处罚案卷，结案后多长时间内要归档？案卷档案保管期限是多少年？'],
    // Where kit is fetched or swapped.
    ['执法记录仪没电了上哪换 局里有备用的没'],
    // Another department's own checks, however many of them.
    ['市场监管局的检查各部门怎么统计次数'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['企业确有困难，罚款能不能延期缴纳', '13'],
    ['重污染天气橙色预警期间企业没落实停限产，怎么处理', '11'],
    ['能不能吊扣这家企业的许可证件', '13'],
    ['企业说送法入企讲得好，能不能多搞几次', '2'],
    ['现场检查要全程使用执法记录仪吗', '6'],
    // A violation the data shows is a clue, whatever standard it is read by; the scheme's own form's rows.
    ['在线监测小时均值超标，按HJ 75算有效数据，线索要移交吗', '8'],
    ['审批表里检查类型一栏怎么填', 'annex-2'],
    // Several departments visiting one enterprise each on its own is what 综合一次查 is for.
    ['示例钢铁这个月我们、应急局、市场监管局都排了检查，各查各的，企业意见很大，方案里有啥要求', '3'],
  ])('%s stays answered from 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations.map((citation) => citation.clause)).toContain(clause);
  });
});
