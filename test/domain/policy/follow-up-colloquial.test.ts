import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { registryNames } from '../../../src/domain/policy/facts.js';
import { byTrade, withPrevious } from '../../../src/domain/policy/follow-up.js';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const ask = (question: string, previous?: string) =>
  answer(question, { ...ctx, ...(previous ? { previous } : {}) });

describe('dialect, typos and everyday words read as the scheme’s', () => {
  it.each([
    ['执法纪录仪要一直开着吗', '执法记录仪要一直开着吗'],
    ['涉嫌违法线锁交给谁', '涉嫌违法线索交给谁'],
    ['这个方按适用于哪些单位', '这个方案适用于哪些单位'],
    ['企业自个儿要求去查，中不中', '应企业申请去查，行不行'],
    ['俺们能不能去', '我们能不能去'],
    ['查完跟厂长讲不讲检查结果', '查完要不要向企业反馈检查结果'],
    ['在线数据不对劲咋办', '在线数据异常怎么办'],
    ['罚轻罚重有没有尺度', '罚多少有没有裁量基准'],
    ['能不能少罚点', '能不能从轻处罚'],
    ['罚了钱还是不改', '罚完款未整改'],
    ['12月5号去，赶上安静期没', '12月5号去，在不在安静期'],
    ['能不能少去两次', '能不能减少现场检查'],
    ['罚完就拉倒了吗', '罚完款就可以不管整改了吗'],
    ['还有别的吗', '另有什么要求'],
    // Words that only look like the mapped ones stay.
    ['检查完成情况怎么填', '检查完成情况怎么填'],
    ['地方安静期谁定', '地方安静期谁定'],
    ['企业还不改正怎么办', '企业还不改正怎么办'],
    ['移送的时候要带啥表', '移送的时候用线索移送表'],
  ])('%s reads as %s', (question, read) => expect(everyday(question)).toBe(read));
});

describe('the first sentence of colloquial asks', () => {
  it.each([
    ['超标排放能不能从轻罚', /^不能/],
    ['首次违法又很轻微，罚不罚', /^(?:不需要|可不予处罚)/],
    ['罚款的额度怎么定', /^处罚应执行省生态环境厅《生态环境行政处罚自由裁量基准》/],
    [
      '这种违法罚款罚多少有规定吗',
      /^实施方案未规定具体罚款数额；处罚应执行省生态环境厅《生态环境行政处罚自由裁量基准》/,
    ],
    ['罚钱罚多罚少有准头吗', /^(?:实施方案未规定具体罚款数额；)?处罚应执行/],
    ['弄虚作假的能不能罚轻点', /^不能/],
    ['不予处罚的还用给企业讲讲法吗', /^需要/],
    ['双随机抽查超过上限还能去吗', /^不能。/],
    ['企业申请的检查会不会超次数', /^不会。/],
    ['双随机抽查可以不受上限限制吗', /^不可以。/],
    ['信访来的线索超了上限还能去查吗', /^可以。可以不受频次上限限制/],
  ])('%s opens %s', (question, opening) => expect(ask(question).answer).toMatch(opening));

  it.each([
    ['白名单企业还要不要去现场', /^不需要，视情减少或免除现场检查/],
    ['专项检查方案分局长批可以吗', /^不(?:能|可以)。专项检查方案须经县级以上人民政府/],
    ['专项方案科长批了行不行', /^不(?:能|可以)。/],
    ['违法风险预警包不包括大气环境科', /^是[，。]/],
    ['机动车排气污染防治检测中心算不算在内，预警提醒那条', /属第1条所列/],
  ])('%s opens %s', (question, opening) => expect(ask(question).answer).toMatch(opening));

  it('answers who follows up a rectification from 第14条', () => {
    for (const question of ['企业整改谁盯着', '限期改正以后谁盯住企业']) {
      const result = ask(question);
      expect(result.citations[0]?.clause, question).toBe('14');
      expect(result.answer).toContain('谁查处，谁督改');
    }
  });
});

describe('follow-ups read with the previous question', () => {
  const names = ['长治示例热电有限公司', '长治示例钢铁集团有限公司'];
  it.each([
    // A fact with 呢, then an ask of its own.
    ['分期交呢，行不行', '企业确有困难，罚款能延期缴纳吗', '企业确有困难，分期交，行不行'],
    ['举报的呢，举报来的还能去吗', '双随机抽查超了上限还能去吗', '超了上限还能去吗，举报来的还能去吗'],
    ['市局呢 也是分局长批？', '分局去企业检查，谁批', '去企业检查，谁批，市级，也是分局长批？'],
    // 也一样: the previous ask of another fact.
    ['县里也一样？', '市局办的案子，处罚按什么裁量', '办的案子，处罚按什么裁量，县里也一样？'],
    // Short, no subject of its own: the previous question's facts, without its ask.
    ['受不受上限限制', '信访转来的线索，去企业查要审批吗', '信访转来的线索，受不受上限限制'],
    ['要多久', '专项检查有没有时间限制', '专项检查有没有时间限制，要多久'],
    // A date replaces the previous one; a bare day takes its month; a day passed is a landmark.
    ['改到12月25号呢', '12月10号去示例钢铁现场检查，谁批', '改到12月25号，去示例钢铁现场检查，谁批'],
    ['那28号呢', '12月15号长治示例热电有限公司在安静期吗', '12月28日，长治示例热电有限公司在安静期吗'],
    [
      '过了20号，25号去算不算',
      '12月15号长治示例热电有限公司在安静期吗',
      '长治示例热电有限公司在安静期吗，12月25日去算不算',
    ],
  ])('%s after %s → %s', (question, previous, read) =>
    expect(withPrevious(question, previous, names)).toBe(read),
  );

  it('reads another row of the same form in place of the one asked before', () => {
    expect(ask('那线索来源能选哪些', '移送表的涉嫌违法行为有哪些选项').answer).toMatch(
      /^附件3中“线索来源”的选项为/,
    );
    expect(ask('那线索来源呢', '附件3的涉嫌违法行为有哪些选项').answer).toMatch(/^附件3中“线索来源”/);
    expect(ask('那检查方式呢，能选哪几样', '计划审批表的检查类型有哪些选项').answer).toContain(
      '“检查方式”的选项为',
    );
  });

  it.each([
    ['那个焦化厂今年查过几次', '长治示例焦化有限公司今年查过几次'],
    ['那家医药公司在不在正面清单', '长治示例医药有限公司在不在正面清单'],
    ['潞城那家钢铁的呢', '长治示例钢铁集团有限公司的呢'],
    // The words before 「那家」 that are not a place stay.
    ['壶关分局查处的那家铸造厂还要管吗', '壶关分局查处的长治示例铸造有限公司还要管吗'],
    // A trade no enterprise of the registry carries stays as written.
    ['那家造纸厂在不在正面清单', '那家造纸厂在不在正面清单'],
  ])('%s names the one enterprise of that trade: %s', (question, read) =>
    expect(byTrade(question, registryNames(ctx))).toBe(read),
  );

  it('answers whether an enterprise pointed at by its trade was visited this year', () => {
    expect(ask('上党那家焦化的呢', '长治示例钢铁集团有限公司今年被查过没').answer).toMatch(
      /^有。.*长治示例焦化有限公司2026年已现场检查2次/,
    );
    expect(ask('那家医药公司今年被查过没').answer).toMatch(/^没有。/);
  });

  it('cites 第8条 beside 附件3 when a clue is handed over', () => {
    for (const question of ['线索移交给分局要填什么表', '转交线索的时候用哪张表']) {
      const cited = ask(question).citations.map((citation) => citation.clause);
      expect(cited, question).toEqual(['annex-3', '8']);
    }
  });

  it('answers 「还有别的吗」 with the whole of a short clause', () => {
    const result = ask('还有别的吗', '现场检查要全程录像吗');
    expect(result.citations[0]?.clause).toBe('6');
    expect(result.answer).toContain('一表通查');
    expect(result.answer).toContain('及时向企业反馈检查结果');
  });

  it.each([
    ['受不受上限限制', '信访转来的线索，去企业查要审批吗', /^不受。/, '3'],
    ['那分期交呢，行不行', '企业确有困难，罚款能延期缴纳吗', /^可以/, '13'],
    ['过了20号，25号去算不算', '12月15号长治示例热电有限公司在安静期吗', /^不是。.*12月1日至12月20日/, '10'],
    ['改到11月28号呢', '12月8号去长治示例钢铁集团有限公司现场查，碰上安静期没', /^不是。/, '10'],
    [
      '那罚过款的呢，罚完就拉倒了？',
      '首违不罚以后是不是就不管了',
      /^不(?:是|可以)[。，].*不得以罚代管/,
      '14',
    ],
    ['企业交了罚款，还要整改吗', '', /^需要。.*不得以罚代管/, '14'],
    // The yearly plan takes the special inspection's place.
    ['年度检查计划呢', '专项检查方案谁批', /^市级入企执法检查由市生态环境局主要负责人或分管局领导审批/, '5'],
  ])('%s after %s opens %s from 第%s条', (question, previous, opening, clause) => {
    const result = ask(question, previous);
    expect(result.answer).toMatch(opening);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  // A short message that asks nothing of the scheme is read alone, not as the last question again.
  it.each([
    ['食堂几点开饭', '安静期内现场检查谁批？'],
    ['明天放假吗', '首次违法能不罚吗'],
    ['你是谁', '专项检查方案谁批'],
  ])('refuses 「%s」 after 「%s」', (question, previous) => {
    expect(ask(question, previous).outOfScope).toBe(true);
  });

  it.each([
    ['要公开吗', '专项检查方案谁批', '4'],
    ['还能去吗', '企业今年已经查过两次了，又被举报', '3'],
  ])('reads 「%s」 after 「%s」 with it', (question, previous, clause) => {
    const result = ask(question, previous);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});
