import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../../src/domain/policy/relative-dates.js';

/** A Thursday. */
const TODAY = '2026-11-26';

function day(date: string) {
  return { from: date, to: date };
}

describe('resolveDates', () => {
  it.each([
    ['今天去', day('2026-11-26')],
    ['明天', day('2026-11-27')],
    ['后天', day('2026-11-28')],
    ['大后天', day('2026-11-29')],
    ['下周三', day('2026-12-02')],
    ['本周五', day('2026-11-27')],
    ['这周一', day('2026-11-23')],
    ['周三', day('2026-12-02')],
    ['下星期天', day('2026-12-06')],
    ['12月5日', day('2026-12-05')],
    ['12月下旬去', { from: '2026-12-21', to: '2026-12-31' }],
    ['明年1月上旬', { from: '2027-01-01', to: '2027-01-10' }],
    ['下月初', { from: '2026-12-01', to: '2026-12-10' }],
    ['12月中旬', { from: '2026-12-11', to: '2026-12-20' }],
    ['月底去', { from: '2026-11-26', to: '2026-11-30' }],
    ['十二月五号', day('2026-12-05')],
    ['2026年12月1日', day('2026-12-01')],
    ['２０２６-12-01', day('2026-12-01')],
    ['1月6日', day('2027-01-06')],
    // A day of the last three months is this year's, past; an earlier one is next year's.
    ['来函说11月18日我局对其检查', day('2026-11-18')],
    ['10月20日检查后没告知结果', day('2026-10-20')],
    ['3月10日', day('2027-03-10')],
    ['月底30号去', day('2026-11-30')],
    ['这个月28号', day('2026-11-28')],
    ['下月3号去', day('2026-12-03')],
    ['30号去现场', day('2026-11-30')],
    ['5号去', day('2026-12-05')],
    ['下周一去', day('2026-11-30')],
    // 「一起」 is together, not Monday: the whole week is meant.
    ['下周一起去', { from: '2026-11-30', to: '2026-12-06' }],
  ])('reads %s', (text, expected) => {
    expect(resolveDates(text, TODAY)).toEqual(expected);
  });

  it('reads whole weeks and months from today on', () => {
    expect(resolveDates('下周', TODAY)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(resolveDates('下个月', TODAY)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(resolveDates('本月', TODAY)).toEqual({ from: '2026-11-26', to: '2026-11-30' });
    expect(resolveDates('下个月', '2026-12-15')).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });

  it('reads ranges, the end taking the month of the start', () => {
    expect(resolveDates('12月1日至5日', TODAY)).toEqual({ from: '2026-12-01', to: '2026-12-05' });
    expect(resolveDates('12月1日到12月20日', TODAY)).toEqual({ from: '2026-12-01', to: '2026-12-20' });
  });

  it('finds no date in document numbers, hotlines or impossible days', () => {
    expect(resolveDates('长环发〔2025〕36号', TODAY)).toBeUndefined();
    expect(resolveDates('打12345举报', TODAY)).toBeUndefined();
    expect(resolveDates('2月30日', TODAY)).toBeUndefined();
    expect(resolveDates('15日内反馈', TODAY)).toBeUndefined();
    expect(resolveDates('3个工作日内', TODAY)).toBeUndefined();
  });
});
