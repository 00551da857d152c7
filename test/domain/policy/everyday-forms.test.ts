import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { askedForm } from '../../../src/domain/policy/form.js';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('homophone typos and everyday words in the scheme’s terms', () => {
  it.each([
    ['安净期内可以进企业吗', '安静期内可以进企业吗'],
    ['正面青单上的企业', '正面清单上的企业'],
    ['专象检查要备案吗', '专项检查要备案吗'],
    ['一表通茶怎么用', '一表通查怎么用'],
    ['整改和查谁来做', '整改核查谁来做'],
    ['首位不罚有条件吗', '首违不罚有条件吗'],
    ['专项检查能没完没了地查吗', '专项检查能无限期延长检查吗'],
    ['这种情况非要罚款吗', '这种情况必须罚款吗'],
    ['教育和处罚怎么结合', '教育与处罚怎么结合'],
    ['罚完款就完事了吗', '罚完款就可以不管整改了吗'],
    ['这种情况要报批不', '这种情况要报批吗'],
    ['企业想分三次交罚款', '企业想分期缴纳罚款'],
    ['能不能晚几天交', '能不能延期缴纳罚款'],
    ['情节比较轻的', '情节轻微的'],
    ['第一次被发现超标', '首次违法超标'],
    ['企业当场就改了', '企业当场改正'],
    ['企业改了在线数据', '企业数据弄虚作假'],
    ['说一直没收到检查结果', '说未反馈检查结果'],
    ['打算先查着，什么时候结束看情况再说', '打算无限期延长检查，无限期延长检查'],
    ['能不能自己派人去查', '能不能自己去查'],
  ])('%s reads as %s', (question, read) => {
    expect(everyday(question)).toBe(read);
  });

  it('answers the number first when a count is asked before a yes or no', () => {
    expect(askedForm('普法讲座一年搞几回 全市都得覆盖吗')).toBe('quantity');
    expect(askedForm('整改核查要去几次，能不能电话核实')).toBe('quantity');
    expect(askedForm('能不能多查几次')).toBe('yes-no');
  });

  it('does not take 什么 or 怎么 at the end for a yes-or-no 么', () => {
    expect(askedForm('不予处罚以后还要做什么')).not.toBe('yes-no');
    expect(askedForm('这样做可以么')).toBe('yes-no');
  });
});

describe('the verdict a yes-or-no question gets', () => {
  it.each([
    ['头一次违法而且很轻微，一定要罚款吗', /^不需要/],
    ['第一回违法的要罚款不', /^不需要/],
    ['罚了款就不管了？', /^不可以[。，].*不得以罚代管.*跟踪整改效果/],
    ['白名單企業可以免檢嗎', /^可以，但视情减少或免除现场检查/],
    ['正面清单企业以后就不来查了吗', /^不是，视情减少或免除现场检查/],
    ['免予处罚以后是不是就不用管了', /^不是。对轻微违法不予处罚的，应当履行对当事人的教育义务/],
    ['能不能随意扣押企业设备', /^不能，应审慎采取/],
    ['动不动就查封企业行吗', /^不能/],
    ['可以对企业采取停产整治吗', /^可以，但应审慎采取/],
    ['检查完可以不向企业反馈结果吗', /^不可以/],
    ['现场检查是否要用执法记录仪', /^需要/],
    ['安青期能去厂子里查不', /^能，但须/],
    // A rule that sets up a practice (建立、推行) allows it, though it also says what it avoids.
    ['几个部门能不能约好一次查完，别重复去', /^可以/],
  ])('%s', (question, verdict) => {
    expect(answer(question, ctx).answer).toMatch(verdict);
  });

  it('gives no verdict on approval from a sentence silent on it', () => {
    // 「不需要」 only with why: the approval the scheme asks for is of on-site checks.
    const offSite = answer('非现场检查要不要报批', ctx).answer;
    expect(offSite).not.toMatch(/^需要/);
    if (offSite.startsWith('不需要')) expect(offSite).toMatch(/^不需要。[^。]*针对[^。]*现场执法检查/);
    expect(answer('专项检查方案要审批吗', ctx).answer).toMatch(/^需要。/);
  });

  it('cites 第14条 first for what is owed after not punishing', () => {
    for (const question of ['免罚以后还需要做什么', '不予处罚的话还要干啥', '首違不罰以後還要做什麼']) {
      const result = answer(question, ctx);
      expect(result.citations[0]?.clause, question).toBe('14');
      expect(result.answer).toContain('免罚不免责');
    }
  });
});
