import { describe, expect, it } from 'vitest';
import type { QuietPeriod } from '../../../src/domain/org.js';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

/** A 双池镇 style notice for 屯留区 beside the demo calendar; today is 2026-11-26. */
const tunliu: QuietPeriod = {
  id: 'TL',
  jurisdiction: '屯留区',
  scope: 'county',
  monthly: { fromDay: 1, toDay: 20 },
  from: '2026-01-01',
  to: '2026-12-31',
  categories: ['规模以上工业企业'],
  exemptions: [
    '上级部署的执法检查或专项整治',
    '投诉举报、案件查处、媒体曝光需调查核实',
    '法定时限内须完成的核查',
    '其他',
  ],
  basis: '屯留区企业安静期通知',
};

function ask(question: string, periods: QuietPeriod[] = [tunliu]) {
  const ctx = demoContext();
  return answer(question, { ...ctx, quietPeriods: [...ctx.quietPeriods, ...periods] }).answer;
}

describe('quiet-period answers from the one calendar', () => {
  it.each([
    [
      '屯留区这个月哪几天是安静期？',
      '不是。11月26日至11月30日不在屯留区企业安静期内；最近的企业安静期为12月1日至12月20日',
    ],
    [
      '屯留区12月15日至12月25日哪几天是安静期？',
      '12月15日至12月25日，屯留区企业安静期为12月1日至12月20日（长治市）、12月15日至12月20日（屯留区，限规模以上工业企业，每月1日至20日，1月1日至12月31日有效）',
    ],
    ['屯留区下个月哪几天是安静期？', '12月1日至12月20日（长治市）'],
    ['屯留区安静期是哪几天？', '每月1日至20日，1月1日至12月31日有效（屯留区，限规模以上工业企业）'],
    ['12月25日屯留区是安静期吗？', '不是。12月25日不在屯留区企业安静期内'],
    ['潞城区安静期是哪几天？', '12月21日至12月31日（潞城区）'],
    // 「…安静期吗」 without 是 or 在 asks the calendar too.
    ['潞城区下个月安静期吗', '是。12月1日至12月31日处于潞城区企业安静期'],
    ['12月10号安静期么', '是。12月10日处于企业安静期'],
  ])('%s', (question, expected) => {
    expect(ask(question)).toContain(expected);
  });

  it('answers whether a reason is one of the notice’s exemptions, and keeps 第10条', () => {
    const yes = ask('屯留区安静期内因为举报去查算不算例外？');
    expect(yes).toContain(
      '算。屯留区企业安静期通知（屯留区企业安静期通知）列明的例外情形包括「投诉举报、案件查处、媒体曝光需调查核实」',
    );
    expect(yes).toContain('须按程序报请本级行政执法主体主要负责人批准');
    const no = ask('安静期内企业自己要求检查算不算例外？');
    expect(no).toContain('所述情形不在企业安静期通知（屯留区企业安静期通知）列明的例外情形之内');
    expect(no).toContain('「其他（请说明）」');
    const none = ask('安静期内因为举报去查算不算例外？', []);
    expect(none).toContain('本局企业安静期日历未登记当地通知所列的例外情形');
  });
});

describe('a calendar answer names 第10条 beside the period, and a visit outside it its level approver', () => {
  const ctx = demoContext();
  it.each([
    ['屯留分局11月28号去示例化工看看，这天算安静期吗', '县区级入企执法检查由各分局主要负责人审批（第5条）'],
    ['潞城分局12月1号前一天去钢铁厂检查，在不在安静期', undefined],
    ['12月22号去黎城水泥厂查一下，还算安静期不', undefined],
  ])('%s', (question, level) => {
    const result = answer(question, ctx);
    expect(result.answer.split(/[；。]/).some((part) => /安静期/.test(part) && part.includes('第10条'))).toBe(
      true,
    );
    if (level) {
      expect(result.answer).toContain(level);
      expect(result.citations.map((c) => c.clause)).toContain('5');
    }
  });
});
