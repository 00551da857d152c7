import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bureauDateTime, bureauToday } from '../../src/time.js';

/** What the platform's own time-zone database says the wall clock in Changzhi read at `ms`. */
function shanghai(ms: number): { day: string; minute: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { day, minute: `${day} ${parts.hour}:${parts.minute}` };
}

describe('the bureau clock', () => {
  it.each([
    ['2026-11-26T15:59:59.999Z', '2026-11-26', '2026-11-26 23:59'],
    ['2026-11-26T16:00:00.000Z', '2026-11-27', '2026-11-27 00:00'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01', '2027-01-01 00:30'],
    ['2028-02-28T16:00:00.000Z', '2028-02-29', '2028-02-29 00:00'],
  ])('%s is %s in Changzhi', (iso, day, minute) => {
    expect(bureauToday(new Date(iso))).toBe(day);
    expect(bureauDateTime(iso)).toBe(minute);
    expect(bureauDateTime(new Date(iso))).toBe(minute);
    expect(bureauDateTime(Date.parse(iso))).toBe(minute);
  });

  it('agrees with the time-zone database on any instant from 2000 to 2100', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instant, (ms) => {
        const expected = shanghai(ms);
        expect(bureauToday(new Date(ms))).toBe(expected.day);
        expect(bureauDateTime(ms)).toBe(expected.minute);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an invalid date rather than printing one', () => {
    expect(() => bureauDateTime('not a date')).toThrow(RangeError);
  });
});
