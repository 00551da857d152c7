import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

describe('a leader’s closing (可否、妥否、请示、请批示) asks yes or no about the action proposed', () => {
  it.each<Row>([
    ['壶关分局拟于12月15日赴长治示例铸造现场检查，妥否，请批示', ['10', '5'], [], /^可以/],
    ['上党分局想12月10号去长治示例焦化复查整改，可否？请局长批示。', ['3', '10', '15'], [], /^不能/],
    ['平顺分局拟下周二对示例陶瓷开展现场检查，当否，请示', ['10', '5'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('numbered facts are read as the message’s clauses', () => {
  it.each<Row>([
    [
      '关于复查长治示例焦化的请示：1.该企业今年已检查两次 2.拟12月22日现场复查 3.由上党分局实施 妥否',
      ['3', '15', '5'],
      [],
      /^不能/,
    ],
    ['（1）长治示例铸造首次违法（2）情节轻微（3）已当场改正。能不能不罚？', ['13', '14'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('a call received brings a complaint; it is no check made by phone', () => {
  it.each<Row>([
    ['刚才接到一个电话 说长治示例煤业晚上偷排 襄垣分局明天能不能去现场', ['3', '11', '5'], [], /^可以/],
    ['群众来电反映长治示例铸造冒黑烟，壶关分局下周二去现场行不行', ['10', '3', '5'], []],
    ['有人打来电话说示例钢铁夜里偷排，潞城分局能去吗', ['3', '11', '5'], [], /^可以/],
  ])('%s', (...row) => {
    checkCase(row);
    expect(answer(row[0], ctx).answer).not.toMatch(/问询调查|非现场/);
  });
});

describe('a visit to see whether the enterprise put things right is 第15条’s 整改核查', () => {
  it.each<Row>([
    ['长治示例铸造上月罚过款了 现在要不要去看它改没改 12月15号去行不行', ['10', '15', '5'], []],
    ['潞城分局下周想去示例钢铁看看整改得怎么样，能去吗', ['10', '15', '5'], []],
    ['12月8号去长治示例铸造了解一下整改进展，可以吗', ['10', '15'], []],
  ])('%s', (...row) => checkCase(row));
});

describe('a trigger denied (没线索、没人举报、不是交办的) lifts no cap', () => {
  it.each([
    '长治示例焦化今年查过两次了 这回没线索也没人举报 就是想再去看看 能不能去',
    '示例焦化今年已经查满两次，没有线索，也不是上级交办的，上党分局还能去吗',
  ])('%s', (question) => {
    const result = answer(question, ctx);
    expect(firstSentence(result.answer)).toMatch(/^不能/);
    expect(result.answer).not.toMatch(/转办交办|投诉举报实施/);
  });
});

describe('everyday words for the scheme’s penalty and special-inspection terms', () => {
  it.each<Row>([
    // A special inspection stretched without end.
    ['专项检查时间能不能先不定死，一直往后延', ['4'], [['无限期延长检查', '第4条']], /^不能/],
    ['专项查完了还有企业没整改，专项能无限延下去吗', ['4'], [], /^不能/],
    // Like cases fined alike.
    ['示例水泥的案子要罚，别的县同类都按中间档，我们能不能单独从重，请示。', ['12'], [], /^不能/],
    ['类似的案子别的分局罚得太轻了，我们该怎么把握', ['12'], []],
    // A lower fine asked.
    ['企业超标一天，态度好，当场改了，罚款能不能往低了定', ['12'], [], /^可以/],
    ['示例铸造超标两天，整改态度好，罚款能不能往低了罚', ['12'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('a penalty imposed and the case left: 第14条’s 谁查处谁督改 with 第12条’s 跟踪整改效果', () => {
  it.each<Row>([
    // Whether the bureau still follows up after a penalty is 第12条's 跟踪整改效果 first.
    ['罚完长治示例铸造以后还要管吗 还是结案就完事', ['12', '14'], [['处罚', '第12条']], /^需要/],
    ['示例陶瓷罚完款了 是不是就不用管了 我们人少', ['12'], [['处罚', '第12条']], /^不是/],
    ['壶关分局把示例铸造罚了款，能直接结案不跟了吗', ['12', '14'], [['处罚', '第12条']], /^不/],
  ])('%s', (...row) => checkCase(row));
});

describe('the ask decides the leading clause wherever the message puts it', () => {
  it.each<Row>([
    // A warning asked before any visit or case is 第1条's 预警提醒, whatever visit the message mentions.
    ['水生态科发现示例水泥废水数据接近限值，本想上门，能不能先给企业打个招呼', ['1'], [], /^可以/],
    ['大气科看到示例钢铁用电异常，还没立案，想先给企业打个招呼提醒一下，可否？', ['1'], [], /^可以/],
    [
      '1. 监控中心发现示例化工在线数据老在临界值 2. 还没超标 3. 想派人去厂里 问：不去现场先预警行不行',
      ['1'],
      [],
    ],
    // Sparing the visit of a positive-list enterprise is 第9条's own measure.
    // 第9条 grants 减少、免除现场检查 to a listed enterprise, drawn or not.
    ['示例热电在正面清单里，双随机抽中了，没有线索，现场能免吗', ['9', '3'], [], /^可以/],
    ['长治示例医药在正面清单上，今年的双随机能不能减少现场检查', ['9'], []],
    // The quiet period the officer names decides the approver before the signer asked about.
    ['潞城分局12月9日去示例钢铁，正赶上安静期，副局长签了字就能去吗', ['10', '5'], [], /^不能/],
    ['12月3号屯留分局去长治示例化工现场，那几天是安静期，分管领导批了就行吧', ['10', '5'], []],
  ])('%s', (...row) => checkCase(row));
});

describe('the officer’s own ask, not a remark or what someone else said', () => {
  it.each<Row>([
    ['整改核查咋搞 企业说不知道从哪改起 分局就一个人', ['15'], []],
    ['核查整改怎么开展，老板说不清楚从哪下手', ['15'], []],
    // A row of the clue form asked is the form's, whatever visit the message mentions.
    ['水科发现示例水泥偷排线索，想让黎城分局去核查，移送表里移送意见选哪个', ['annex-3'], []],
    ['1. 大气科发现示例焦化线索 2. 想让上党分局核查 移送表线索来源怎么勾', ['annex-3'], []],
  ])('%s', (...row) => checkCase(row));

  it.each([
    ['黎城分局下月想去示例水泥搞送法入企，以案说法，方案里支持这么搞不', /^可以/],
    ['潞城分局想给重点企业办一次集中普法培训，方案允许不', /^可以/],
  ])('%s', (question, opens) => {
    expect(firstSentence(answer(question, ctx).answer)).toMatch(opens);
  });
});
