import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { askSentence } from '../../../src/domain/policy/ask-sentence.js';
import { firstDate } from '../../../src/domain/policy/relative-dates.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('the ask put first, its background after it', () => {
  it.each([
    ['罚款后要不要跟踪整改？问这个是因为企业已经交了罚款，科里有人说罚了就结了。', '罚款后要不要跟踪整改？'],
    ['专项方案要不要公开？背景：方案局长已经签了。', '专项方案要不要公开？'],
    // Background first, or two asks: the message as it is.
    ['企业已经交了罚款。还要跟踪整改吗？', '企业已经交了罚款。还要跟踪整改吗？'],
    ['要报批吗？要填表吗？', '要报批吗？要填表吗？'],
  ])('%s asks %s', (message, ask) => {
    expect(askSentence(message)).toBe(ask);
  });

  it.each([
    ['罚款后要不要跟踪整改？问这个是因为企业已经交了罚款，科里有人说罚了就结了。', '需要'],
    ['处罚以后还得跟踪整改效果吗？情况是案子上周已经罚完，有同事说罚了就结案。', '需要'],
  ])('%s is answered %s, led by 第12条', (question, verdict) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith(verdict)).toBe(true);
    expect(result.citations[0]?.clause).toBe('12');
  });
});

describe('a date given in words is named as said beside the day it means', () => {
  it.each([
    ['潞城分局打算下周三去长治示例钢铁集团有限公司现场检查，能去吗', '下周三（12月2日）'],
    ['市执法队下周三去长治示例煤业现场检查，谁批？', '下周三（12月2日）'],
    // A weekday beside a thing done is when it happened; the visit's date is the one named.
    ['周二群众举报了屯留化工夜里偷排，我们打算月底去现场，要报谁批？', '月底（11月26日至11月30日）'],
  ])('%s names %s', (question, named) => {
    expect(answer(question, ctx).answer).toContain(named);
  });

  it('keeps the words of the first date as written', () => {
    expect(firstDate('打算十二月下旬去', '2026-11-26')?.words).toBe('12月下旬');
  });
});

describe('two messages glued with a line break', () => {
  it.each([
    ['陶瓷厂那个轻微违法没罚\n不罚就算了吧 以后还要管吗', '以后还要管吗'],
    ['专项审批表\n检查时间能不能空着', '检查时间能不能空着'],
    // A line with 「？」 or a single line: the message as it is.
    ['没罚的那家？还要管吗？', '没罚的那家？还要管吗？'],
  ])('%s asks %s', (message, ask) => {
    expect(askSentence(message)).toBe(ask);
  });

  it.each([
    ['壶关那家铸造厂轻微违法没罚\n没罚就算了吧 以后还要不要管'],
    ['长子那家首违不罚了\n是不是就不用管了吧 后续还得跟进吗'],
  ])('%s is answered 需要 from 第14条', (question) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith('需要')).toBe(true);
    expect(result.citations.map((c) => c.clause)).toContain('14');
  });
});

describe('a warning asked with the verb first', () => {
  it.each([
    ['大气科平台上看到示例焦化排放数据一直往上走 还没违法\n能不能先打个电话提醒企业'],
    ['监控中心看到长治示例热电数据波动，尚未违法，可以发个消息提醒他们一下吗'],
  ])('%s is 第1条 warning', (question) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('1');
    expect(result.answer).toContain('预警提醒');
  });
});

describe('this week or month beside a visit done is no visit date', () => {
  it.each([
    ['双随机抽查的结果要不要公示？这周刚查完三家。'],
    ['执法检查信息要不要挂出去公示？这个月已经查了两家企业。'],
  ])('%s asks 第7条, not a visit', (question) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith('需要')).toBe(true);
    expect(result.citations[0]?.clause).toBe('7');
  });
});

describe('going without the plan 第5条 requires', () => {
  it.each([
    ['来不及写检查方案，直接去厂里查行不行？情况是群众举报企业夜里偷排。'],
    ['检查方案还没做，明天能先去长治示例焦化看看吗'],
  ])('%s is answered 不能 from 第5条', (question) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith('不能')).toBe(true);
    expect(result.answer).toContain('制定检查方案');
    expect(result.citations[0]?.clause).toBe('5');
  });
});
