import { describe, expect, it } from 'vitest';
import { extractFacts, isDescribedCase } from '../../../src/domain/policy/facts.js';
import { findConcepts, normalize } from '../../../src/domain/policy/tokenize.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

function facts(text: string) {
  return extractFacts(text, findConcepts(normalize(text)), ctx);
}

describe('extractFacts', () => {
  it('reads the level from who does the inspection', () => {
    expect(facts('分局去检查').level).toBe('county');
    expect(facts('市局科室去检查').level).toBe('city');
    expect(facts('潞城分局去检查').unit?.id).toBe('lucheng');
    expect(facts('大气科去检查').unit?.id).toBe('air');
    expect(facts('市执法队去检查').unit?.id).toBe('enforcement');
  });

  it('reads the trigger, the strongest first', () => {
    expect(facts('是举报来的').type).toBe('complaint');
    expect(facts('信访转办过来的').type).toBe('complaint');
    expect(facts('上级交办').type).toBe('referral');
    expect(facts('在线监测超标').type).toBe('monitoring');
    expect(facts('企业申请的').type).toBe('enterprise-request');
    expect(facts('双随机抽查').type).toBe('random');
    expect(facts('危废专项检查').type).toBe('special');
  });

  it('tells on-site from remote methods', () => {
    expect(facts('去企业现场检查').methods).toEqual(['on-site']);
    expect(facts('不去现场，只查资料').methods).toEqual(['document-review']);
    expect(facts('电话问询').methods).toEqual(['inquiry']);
    expect(facts('现场采样').methods).toEqual(['sampling']);
    expect(facts('谁批').methods).toBeUndefined();
  });

  it('reads a stated quiet period or positive list, and its negation', () => {
    expect(facts('正好在安静期').quiet).toBe(true);
    expect(facts('企业不在安静期').quiet).toBe(false);
    expect(facts('谁批').quiet).toBeUndefined();
    expect(facts('正面清单企业').positiveList).toBe(true);
    expect(facts('不是正面清单企业').positiveList).toBe(false);
  });

  it('finds an enterprise by its full or short name, without mistaking its city for a unit', () => {
    expect(facts('去长治示例医药有限公司').enterprise?.uscc).toBe('9114047195FNJANWHJ');
    expect(facts('去示例钢铁集团').enterprise?.uscc).toBe('91140406W20GL578PP');
    expect(facts('去示例钢铁').enterprise?.uscc).toBe('91140406W20GL578PP');
    expect(facts('去长治示例医药有限公司').unit).toBeUndefined();
  });

  it('resolves dates against the context’s today', () => {
    expect(facts('下周三去').dates).toEqual({ from: '2026-12-02', to: '2026-12-02' });
  });

  it.each([
    // Since when a state has lasted dates what was seen, not the visit.
    ['在线监控显示示例化工从十一月二十号起COD一直贴着限值，我们下礼拜想核一下', '2026-11-30', '2026-12-06'],
    ['示例焦化11月20日以来颗粒物持续偏高，下周三去看看', '2026-12-02', '2026-12-02'],
    ['示例钢铁自11月15日开始用电反复异常，拟12月3日进厂', '2026-12-03', '2026-12-03'],
    // A visit that starts on a day keeps it.
    ['执法队拟从12月3日起对示例钢铁开展检查', '2026-12-03', '2026-12-03'],
  ])('%s', (text, from, to) => {
    expect(facts(text).dates).toMatchObject({ from, to });
  });

  it('reads the wording alone when there is no registry', () => {
    const text = '分局去企业查举报';
    const bare = extractFacts(text, findConcepts(text));
    expect(bare).toMatchObject({ level: 'county', type: 'complaint', methods: ['on-site'] });
    expect(bare.dates).toBeUndefined();
  });
});

describe('isDescribedCase', () => {
  it('takes a named enterprise, a date, or a unit planning a visit with some facts', () => {
    expect(isDescribedCase(facts('后天去长治示例水泥有限公司'))).toBe(true);
    expect(isDescribedCase(facts('下周去一家企业'))).toBe(true);
    expect(isDescribedCase(facts('分局想去一家正面清单企业'))).toBe(true);
  });

  it('leaves questions about a rule to the knowledge base', () => {
    expect(isDescribedCase(facts('安静期内确需现场检查，要谁批？'))).toBe(false);
    expect(isDescribedCase(facts('县区级的入企执法检查找谁批？'))).toBe(false);
  });
});
