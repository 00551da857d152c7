import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

/**
 * A violation the data already shows, with a warning weighed against handing the clue on: 第8条's clue
 * leads, 第1条's warning follows. A risk not yet a violation is still warned of first.
 */
const WARNING_OR_CLUE: Row[] = [
  [
    '用电监控平台显示示例铸造除尘设施用电几乎为零，生产正常。是先发预警提醒让它整改，还是直接移交分局？',
    ['8', '1'],
    [['用电用能', '第8条']],
  ],
  [
    '示例热电凌晨SO2超标1小时，是不是发个预警提醒就算了，不用移交分局？',
    ['8', '1'],
    [['移交', '第8条']],
    /^不是/,
  ],
  ['在线监测显示示例焦化小时值一条直线，像是造假，给它提个醒就行还是要移送？', ['8', '1'], []],
  // Near-misses: a risk only, or no handing over weighed.
  ['大气科看平台数据示例陶瓷脱硝剂用量往下走，还没超标，想做个预警提醒，行吗', ['1'], []],
  ['示例化工在线数据快要超标了，能不能先预警提醒，不移交分局', ['1'], []],
];

/**
 * 「投诉我们重复检查……大气科又去调研」: the complaint of repeated visits is 第3条's, the 调研 among them
 * the notice's other entry; 「被通报了该怎么整改」 is the bureau's conduct, not an enterprise's rectification.
 */
const REPEATED: Row[] = [
  [
    '示例钢铁向营商办投诉我们重复检查：执法队去过，分局去过，大气科又去调研。被通报了，该怎么整改？',
    ['3', 'notice'],
    [['调研', '印发通知']],
  ],
  ['企业反映我们一个月来了三趟，其中一趟是工作调研，被点名批评了，咋整改', ['3', 'notice'], []],
];

describe('a violation in the data, with a warning weighed against the clue', () => {
  it.each(WARNING_OR_CLUE)('%s', (...row) => checkCase(row));
});

describe('a complaint of repeated visits, one of them 调研', () => {
  it.each(REPEATED)('%s', (...row) => checkCase(row));
  it('leaves 调研 alone told the notice', () => {
    const result = answer('大气科去企业调研，要不要填审批表', ctx);
    expect(result.citations[0]?.clause).toBe('notice');
  });
});

describe('「怎么整」 is 怎么办, but not in 「怎么整改」「咋整治」', () => {
  it.each([
    ['这事咋整', '这事怎么办'],
    ['现在该怎么整改', '现在该怎么整改'],
  ])('%s', (said, read) => expect(everyday(said)).toBe(read));
  it('keeps 咋整治 a rectification', () => expect(everyday('扬尘咋整治')).toMatch(/整治$/));
});

/**
 * A serious violation found on a visit that a leader would let go with a word (「口头提醒一下算了别立案」):
 * 第11条's 依法严惩 answers first. The yard's dust-suppression kit (喷淋抑尘、雾炮) left off is 不正常运行治污设施.
 */
const LET_GO: Row[] = [
  [
    '上周四分局在示例煤业检查，发现煤矸石场喷淋抑尘设施全停着。领导说是纳税大户，口头提醒一下算了别立案。能这么办吗',
    ['11', '13'],
    [['喷淋抑尘设施全停着', '第11条']],
    /^不能/,
  ],
  ['堆场的雾炮都关着，领导说提醒告诫就行不立案，可以吗', ['11', '13'], [['雾炮都关着', '第11条']], /^不能/],
  // Near-miss: the kit running is no violation.
  ['检查发现喷淋设施正常开着，企业问还要不要整改', ['14'], []],
];

describe('a serious violation a leader would let go', () => {
  it.each(LET_GO)('%s', (...row) => checkCase(row));
});
