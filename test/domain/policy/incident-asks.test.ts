import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

describe('everyday words about a penalty read in the scheme’s', () => {
  it.each([
    ['罚款能分三回交吗', '分期缴纳罚款'],
    ['钱分几笔付行不行', '分期缴纳罚款'],
    ['企业资金链紧张', '确有困难'],
    ['老板说周转不过来', '确有困难'],
    ['罚款已经缴了', '已缴纳罚款'],
    ['罚款都交清了', '已缴纳罚款'],
    ['是不是就不用整改了', '就可以不再整改了'],
    ['偷排，能免吗', '能免罚吗'],
    ['两个分局罚得差距很大', '罚款差距较大'],
    ['能不能宽松一点', '从轻处罚'],
    ['企业篡改自动监测数据', '数据弄虚作假'],
  ])('%s', (question, scheme) => {
    expect(everyday(question)).toContain(scheme);
  });

  it('keeps 「免」 that is not sparing a fine', () => {
    expect(everyday('正面清单企业能免了现场检查吗')).not.toContain('免罚');
    expect(everyday('正面清单企业现场检查能免吗')).not.toContain('免罚');
  });
});

describe('a serious violation decides the relief asked for', () => {
  it.each<Row>([
    // A soft measure in place of a penalty: the violation first, then 第13条 with the measure named.
    ['示例焦化私设暗管偷排，能不能批评教育一下算了', ['11', '13'], [['私设暗管', '第11条']], /^不能/],
    ['示例煤业无证排污，分局想约谈一下不立案，可以吗', ['11', '13'], [['约谈', '第13条']], /^不能/],
    // A lighter penalty with nothing to weigh it down is no; with facts that weigh it down, 第12条 decides.
    ['示例焦化偷排，态度很差，能不能少罚点', ['11', '12'], [['偷排', '第11条']], /^不能/],
    ['示例焦化超标就一小时，主动报告了，能不能少罚点', ['12', '11'], [['整改态度', '第12条']], /^可以，但须/],
    // Whether sparing is certain: the list and the facts decide.
    ['企业说这次超标就一小时，问是不是一定不罚', ['13', '11'], [['轻微违法行为不予处罚', '第13条']], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('the measure or the rule asked leads', () => {
  it.each<Row>([
    ['示例化工超标，队长说直接扣押设备，这个要不要慎重', ['13', '11'], [['超标', '第11条']], /^需要/],
    ['示例钢铁超标一天，数据也恢复了，拟停产整治，行不行', ['13', '12'], [], /^可以，但须/],
    ['示例陶瓷被罚了款，老板说周转不过来，罚款能分三回交吗', ['13'], [['确有困难', '第13条']], /^可以/],
    ['同样的无证排污，两个分局罚得差距很大，能这样吗', ['12', '11'], [['类案同罚', '第12条']], /^不能/],
    ['两家企业同类违法，罚款差距较大，要不要统一裁量尺度', ['12'], [['类案同罚', '第12条']], /^需要/],
  ])('%s', (...row) => checkCase(row));
});

describe('what follows a penalty, and what follows sparing one', () => {
  it.each<Row>([
    // The fine does not replace the rectification.
    ['示例铸造罚款已经缴了，那是不是就不用整改了', ['14', '12'], [['不得以罚代管', '第14条']], /^不是/],
    // Whether the bureau follows up after a penalty is 第12条's 跟踪整改效果.
    ['示例陶瓷罚了款以后还要跟进吗', ['12', '14'], [['处罚', '第12条']], /^需要/],
    ['罚完款以后还要干什么', ['14'], [['责令当事人改正', '第14条']]],
    // After sparing, 免罚不免责.
    ['示例水泥首违不罚了，以后还用管吗', ['14', '13'], [['教育义务', '第14条']], /^需要/],
    // Who sees it through, and what checking it takes.
    ['潞城分局查处了示例铸造，督改归谁管', ['14'], [['潞城分局', '第14条']]],
    ['分局去示例铸造整改核查，除了督促还要做什么', ['15', '14'], [['督促', '第14条']]],
    // Raising the frequency after a serious violation, beside the random draw's own.
    [
      '示例煤业被查出无证排污，以后是不是要多去几次，还是按双随机来',
      ['11', '3'],
      [
        ['提高日常监管频次', '第11条'],
        ['双随机', '第3条'],
      ],
      /^需要/,
    ],
    // 「照常去」 goes as planned: the positive list, not a raised frequency.
    [
      '双随机抽中了长治示例农产品加工有限公司，分局定在12月22号去。这家是正面清单企业。照常去还是怎么弄？',
      ['9', '3'],
      [['正面清单', '第9条']],
    ],
  ])('%s', (...row) => checkCase(row));

  it.each<Row>([
    // A complaint that found the violation frees the checks it calls for from the cap.
    [
      '群众投诉后平顺分局查实示例陶瓷私设暗管，今后能不能加大检查频次',
      ['11', '3'],
      [
        ['私设暗管', '第11条'],
        ['投诉', '第3条'],
      ],
      /^可以/,
    ],
    // 「去年」 is no visit: the frequency asked after a new violation is 第11条's.
    [
      '示例焦化去年无证排污被罚过，这次又超标，监管频次要不要提高，妥否',
      ['11'],
      [['提高日常监管频次', '第11条']],
      /^需要/,
    ],
  ])('%s', (...row) => checkCase(row));

  it('does not read an earlier year’s fine as the case in hand', () => {
    const result = answer('示例铸造前年罚过，这回又偷排，要不要罚', ctx);
    expect(firstSentence(result.answer)).toMatch(/^需要/);
    expect(result.answer).not.toContain('罚款处罚后');
  });
});

describe('a measure proposed, the list asked, what follows a penalty in a follow-up', () => {
  it.each<Row>([
    // A coercive measure proposed for a minor violation, with no question asked.
    ['示例热电废气那块有点小毛病，算轻微违法，有人提议直接查封', ['13'], [['查封', '第13条']], /^不应/],
    // The list that decides a first, minor violation is named when asked for.
    [
      '黎城分局查到示例水泥台账记得不全，首违、轻微，依据哪个清单判断能否免罚',
      ['13'],
      [['不予处罚事项清单', '第13条']],
    ],
  ])('%s', (...row) => checkCase(row));

  it('answers whether the benchmark weighs stated facts, and does not order a rectification for an attitude', () => {
    for (const question of [
      '示例陶瓷超标才一天，当场就改了，定罚款时这些能考虑进去吗',
      '示例陶瓷违法才一天，当场就改了，裁量时这些能算进去不',
    ]) {
      const weighed = answer(question, ctx);
      expect(firstSentence(weighed.answer), question).toMatch(/^可以，.*整改态度/);
      expect(weighed.citations[0]?.clause, question).toBe('12');
    }
    const attitude = answer('示例煤业偷排，整改态度很差，能不能从轻', ctx);
    expect(attitude.citations.map((c) => c.clause)).not.toContain('14');
  });

  it('reads 「罚了的呢」 after sparing as what a penalty still leaves owed', () => {
    const result = answer('那处罚了的呢', { ...ctx, previous: '首违不罚的话，后面要做些什么' });
    expect(result.citations[0]?.clause).toBe('14');
    expect(result.answer).toContain('责令当事人改正');
  });
});
