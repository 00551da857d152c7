import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('near-misses: what is asked lies outside the scheme, whatever its words', () => {
  it.each([
    // Paying a fine: the channel, not the rule.
    ['罚款能不能用微信支付'],
    ['延期缴纳罚款的开户行是哪家'],
    ['企业问罚款在手机上怎么缴'],
    // Logins, apps, devices.
    ['执法记录仪配套的客户端在哪下'],
    ['移动执法终端登录不上找谁'],
    ['现场检查时记录仪摔坏了找谁'],
    // Rosters, venues, links.
    ['安静期那两周的排班出来了吗'],
    ['以案说法培训安排在哪个会场'],
    ['双随机抽查结果公示的网址是多少'],
    // Costs, rewards, vendors.
    ['企业请检测公司做噪声监测收费标准是多少'],
    ['举报偷排偷放有奖金吗'],
    ['整改方案编制单位有没有推荐的'],
    // Appeals, renewals, pay and leave.
    ['当事人对查封决定申请复议要多久'],
    ['执法证过期了怎么换证'],
    ['专项行动连轴转，事后能补休吗'],
    ['执法队春节放几天假'],
    ['监控中心值班的人工资怎么算'],
    ['普法宣传材料去哪印刷'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['企业确有困难，罚款能延期缴纳吗', '13'],
    ['现场检查要全程开执法记录仪吗', '6'],
    ['正面清单要向社会公示吗', '9'],
    ['举报线索查实了要移交给谁', '8'],
    // Scheme questions that share a word with the near-misses.
    ['企业把在线监控设备弄坏了要严惩吗', '11'],
    ['登录监控平台看企业数据算不算非现场检查', '8'],
    ['企业放假期间去现场检查要用执法记录仪吗', '6'],
    // An enterprise's trade (印刷厂) is no print job of the bureau's.
    ['上周查了一家印刷厂，头一回违法，能不能不罚', '13'],
    ['那家包装印刷企业超标排放，怎么处理', '11'],
  ])('%s stays answered from 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations.map((citation) => citation.clause)).toContain(clause);
  });
});
