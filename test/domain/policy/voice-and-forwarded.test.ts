import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { checkCase, type Row } from './case-check.js';

describe('a deputy asked to sign a branch visit in the head’s stead is not enough (第5条)', () => {
  it.each<Row>([
    [
      '沁源分局拟11月30日现场检查长治示例农产品加工有限公司，分局长在省里学习一周，检查方案可以由副局长签吗？还是得等他回来？',
      ['5'],
      [],
      /^不能，县区级入企执法检查由各分局主要负责人审批.*副局长签批不够/,
    ],
    [
      '沁源分局拟11月30日现场检查长治示例农产品加工有限公司，分局长出差，副局长代签行不行？',
      ['5'],
      [],
      /^不能.*副局长签批不够/,
    ],
    [
      '上党分局明天去长治示例焦化有限公司检查，分局长不在，副局长能不能签？',
      ['5'],
      [],
      /^不能.*副局长签批不够/,
    ],
    // Near-miss: the city's 分管副局长 is an approver of his own; a quiet period's head still leads.
    ['市局分管副局长能不能批高新分局对示例医药的现场检查，时间是1月8号', ['10'], []],
  ])('%s', (...row) => checkCase(row));
});

describe('an enterprise named by its name calling in asks for the visit, no check by phone', () => {
  it.each<Row>([
    [
      '长子分局 长治示例污水处理有限公司自己打电话来 让我们去看看他们提标改造弄得咋样了 我们打算下礼拜二过去 这厂今年已经查过两回了 这回去算不算次数 会不会超',
      ['3', '10'],
      [['企业申请', '第3条']],
      /^不算，.*应企业申请/,
    ],
    [
      '长子分局 长治示例污水处理有限公司主动打电话过来 请我们去看看提标改造 下礼拜二过去 今年已经查过两回了 这回去算不算次数',
      ['3'],
      [],
      /^不算/,
    ],
    // Near-miss: our call to the enterprise is a check by phone, outside 第10条's on-site approval.
    [
      '长子分局下礼拜二给长治示例污水处理有限公司打个电话问问情况，安静期要主要负责人批吗',
      ['10', '8'],
      [],
      /^不需要/,
    ],
  ])('%s', (...row) => checkCase(row));
});

describe('a first violation told as 头一回、不严重 is 首违 and 轻微 (第13条)', () => {
  it.each<Row>([
    [
      '襄垣分局 昨天二十五号查长治示例煤业有限公司 发现危废台账有两个月没登 别的都正常 企业说以前从来没被查出过问题 这种头一回又不严重的能不能不罚啊 首为不罚是个啥条件',
      ['13'],
      [['首次违法', '第13条']],
      /^可以/,
    ],
    ['长治示例煤业有限公司危废台账没登，第一次，问题不大，能不能不罚', ['13'], [['情节轻微', '第13条']]],
    ['企业头一回犯错而且问题不大，可以不罚他吗', ['13'], [], /^可以/],
    // Near-miss: a serious violation is no minor one, however often the boss says it is the first.
    ['企业被发现超标排放，老板说是头一回，能不能不罚', ['11', '13'], [['超标', '第11条']], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('voice input’s slips are read as the scheme’s terms', () => {
  it.each([
    ['双随记这个月抽到长治示例焦化有限公司', '双随机'],
    ['双随计抽中的企业', '双随机'],
    ['那会儿是不是安静七', '安静期'],
    // Near-miss: 七 followed by a unit is a count.
    ['安静七天就结束了吗', '安静七天'],
  ])('%s → %s', (said, read) => {
    expect(everyday(said)).toContain(read);
  });
});
