import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { extractFacts } from '../../../src/domain/policy/facts.js';
import { resolveDates } from '../../../src/domain/policy/relative-dates.js';
import { findConcepts, normalize } from '../../../src/domain/policy/tokenize.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();
const facts = (text: string) => extractFacts(text, findConcepts(normalize(text)), ctx);

describe('people calling in or villages reporting a nuisance are complaints (第3条)', () => {
  it.each<Row>([
    [
      '昨晚上党区几个村反映焦化味大，上党分局凌晨进了长治示例焦化有限公司，这家今年已经查过两次了，这次算不算超了上限？',
      ['3'],
      [['投诉举报', '第3条']],
      /^不算/,
    ],
    [
      '周边群众多次打电话说长治示例焦化有限公司有异味，上党分局明天去查，今年查过两次了，算不算超上限？',
      ['3'],
      [['投诉举报', '第3条']],
      /^不算/,
    ],
    [
      '接群众电话，反映长治示例焦化有限公司排口冒黄水，上党分局今年已经去过两次，这次去算不算超了次数？',
      ['3'],
      [['投诉举报', '第3条']],
      /^不算/,
    ],
    // Near-miss: a routine visit with no one calling in is held to the cap.
    ['上党分局明天对长治示例焦化有限公司常规检查，今年已经查过两次了，算不算超了上限？', ['3'], [], /^算/],
  ])('%s', (...row) => checkCase(row));

  it('reads the calls as how the clue came, not as a check by phone', () => {
    expect(facts('周边群众多次打电话，潞城分局明天去长治示例钢铁集团有限公司').methods).not.toEqual([
      'inquiry',
    ]);
    // Near-miss: our own call to the enterprise is a check by phone.
    expect(facts('潞城分局明天给长治示例钢铁集团有限公司打电话问询').methods).toEqual(['inquiry']);
  });
});

describe('a numbered piece of plant is no day', () => {
  it.each(['发现一号焦炉煤气放散', '2号机组停了', '3号排口有黄水', '1号脱硫塔故障', '2号窑检修'])(
    '%s names no date',
    (text) => expect(resolveDates(text.replace('一号', '1号'), '2026-11-26')).toBeUndefined(),
  );

  it.each([
    ['30号去检查', '2026-11-30'],
    ['1号去车间看看', '2026-12-01'],
    ['12月1号上午进厂', '2026-12-01'],
  ])('%s is still a day', (text, date) => expect(resolveDates(text, '2026-11-26')?.from).toBe(date));
});

describe('a report dates what happened first; the sentence proposing the visit dates the visit', () => {
  it.each([
    [
      '11月25日23:40接群众电话，反映长治示例化工有限公司排口冒黄水。26日凌晨两人到场，门卫不让进。现在想今天白天进厂查，需要走什么手续？',
      '2026-11-26',
    ],
    ['11月20日群众举报长治示例化工有限公司偷排。屯留分局打算12月3日去现场，谁批？', '2026-12-03'],
    // Near-misses: a date in the sentence that proposes stays; one with no proposal after it stays too.
    ['屯留分局拟于12月5日去长治示例化工有限公司检查，11月20日已经去过一次了，谁批？', '2026-12-05'],
    ['12月5日屯留分局去长治示例化工有限公司检查，谁批？', '2026-12-05'],
  ])('%s', (question, date) => expect(facts(question).dates?.from).toBe(date));
});

describe('the steps asked before a visit are 第5条’s', () => {
  it.each([
    '11月25日接群众电话，反映长治示例化工有限公司排口冒黄水。现在想今天白天进厂查，需要走什么手续？',
    '屯留分局明天去长治示例化工有限公司，要办哪些手续？',
    '屯留分局明天想去长治示例化工有限公司看看，得走啥程序？',
  ])('%s', (question) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause, result.answer).toBe('5');
    expect(firstSentence(result.answer)).toMatch(/^应制定检查方案并报分局主要负责人审批，即屯留分局局长/);
  });

  // Near-miss: in the quiet period the head's approval (第10条) leads, as before.
  it('leaves a quiet-period visit to 第10条', () => {
    const result = answer('我们潞城分局12月25日要去长治示例钢铁集团有限公司现场检查，需要走啥程序', ctx);
    expect(result.citations[0]?.clause).toBe('10');
    expect(result.answer).not.toMatch(/^应制定检查方案/);
  });
});

describe('a day the officer holds outside the quiet period is checked against the calendar', () => {
  it.each<Row>([
    [
      '整改复查定在12月22日，那时全市安静期已经结束了，潞城分局复查长治示例钢铁集团有限公司可以直接去吗？',
      ['10'],
      [['安静期', '第10条']],
      /^不能，长治示例钢铁集团有限公司12月22日处于企业安静期/,
    ],
    [
      '潞城分局12月25日去长治示例钢铁集团有限公司，安静期都过了，能直接去吗？',
      ['10'],
      [],
      /^不能，长治示例钢铁集团有限公司12月25日处于企业安静期/,
    ],
  ])('%s', (...row) => checkCase(row));

  // Near-miss: the day the officer holds outside it is: no correction, 第5条's approval.
  it('leaves a day truly outside it to 第5条', () => {
    const result = answer(
      '潞城分局1月8日去长治示例钢铁集团有限公司，那时安静期已经结束了，能直接去吗？',
      ctx,
    );
    expect(firstSentence(result.answer)).toMatch(/^可以/);
  });
});

describe('hourly means that exceed are an automatic-monitoring clue 第8条 hands on', () => {
  it.each<Row>([
    [
      '监控中心夜班：今天凌晨长治示例热电有限公司二氧化硫小时均值连续超标，企业称设备故障已恢复。这个线索该移交给谁处理？',
      ['8', '11'],
      [['移交有关分局调查处理', '第8条']],
    ],
    [
      '长治示例焦化有限公司颗粒物小时浓度超标三次，线索该交给谁？',
      ['8'],
      [['移交有关分局调查处理', '第8条']],
    ],
    // Near-miss: the penalty asked of a branch's own finding hands nothing on.
    ['潞城分局查到长治示例焦化有限公司颗粒物小时均值超标，罚款怎么定', ['11', '12'], []],
  ])('%s', (...row) => checkCase(row));
});
