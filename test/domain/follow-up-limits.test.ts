import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_LIMITS,
  dueOn,
  followUpLimits,
  lateIfBefore,
  workingDaysBetween,
} from '../../src/domain/follow-up-limits.js';
import { addDays } from '../../src/domain/rules/index.js';

describe('follow-up limits', () => {
  it.each([
    // Thursday 2026-11-26: three working days back is Monday 11-23.
    ['2026-11-26', 3, '2026-11-23'],
    // Monday: three working days back crosses a weekend.
    ['2026-11-30', 3, '2026-11-25'],
    ['2026-11-30', 5, '2026-11-23'],
    // Sunday: a Tuesday start was due Friday; a Wednesday one is due Monday, not yet late.
    ['2026-11-29', 3, '2026-11-25'],
  ])('on %s with %i working days, starts before %s are late', (today, n, expected) => {
    expect(lateIfBefore(today, n)).toBe(expected);
  });

  it('agrees with the due day for every start and day of a month', () => {
    for (let today = '2026-11-01'; today <= '2026-12-31'; today = addDays(today, 1)) {
      for (const n of [1, 3, 5]) {
        const cutoff = lateIfBefore(today, n);
        for (let start = addDays(today, -20); start <= today; start = addDays(start, 1)) {
          expect(start < cutoff, `${start} on ${today} (${n})`).toBe(dueOn(start, n) < today);
        }
      }
    }
  });

  it.each([
    ['2026-11-26', '2026-11-26', 0],
    ['2026-11-26', '2026-11-27', 1],
    ['2026-11-27', '2026-11-30', 1],
    ['2026-11-23', '2026-11-30', 5],
    ['2026-11-30', '2026-11-23', 0],
  ])('working days from %s to %s: %i', (from, to, n) => {
    expect(workingDaysBetween(from, to)).toBe(n);
  });

  it.each([
    [[], DEFAULT_FOLLOW_UP_LIMITS],
    [[['inspections.resultWorkingDays', '2']], { ...DEFAULT_FOLLOW_UP_LIMITS, resultWorkingDays: 2 }],
    [[['inspections.feedbackWorkingDays', '0']], DEFAULT_FOLLOW_UP_LIMITS],
    [[['inspections.feedbackWorkingDays', '2.5']], DEFAULT_FOLLOW_UP_LIMITS],
    [
      [['supervision.approvalWaitWorkingDays', '7']],
      { ...DEFAULT_FOLLOW_UP_LIMITS, approvalWaitWorkingDays: 7 },
    ],
  ] as const)('reads stored values %j', (stored, expected) => {
    expect(followUpLimits(new Map(stored.map(([k, v]) => [k, v])))).toEqual(expected);
  });
});
