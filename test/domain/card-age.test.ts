import { describe, expect, it } from 'vitest';
import { isAging, refreshCutoff, validRefreshAfterDays } from '../../src/domain/card-age.js';

const NOW = new Date('2026-12-20T02:00:00Z');

describe('card age', () => {
  it.each([
    ['2026-12-08T02:00:00.000Z', 12, false],
    ['2026-12-08T01:59:59.999Z', 12, true],
    ['2026-12-19T02:00:00.000Z', 1, false],
    ['2026-12-18T02:00:00.000Z', 1, true],
    [null, 12, true],
  ] as const)('a card sent %s, renewed after %i days, is aging: %s', (sentAt, days, aging) => {
    expect(isAging(sentAt, refreshCutoff(NOW, days))).toBe(aging);
  });

  it.each([
    [12, true],
    [1, true],
    [13, true],
    [14, false],
    [0, false],
    [2.5, false],
    [Number.NaN, false],
  ])('accepts %s days as a renewal age: %s', (days, valid) => {
    expect(validRefreshAfterDays(days)).toBe(valid);
  });
});
