import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isOutcome,
  publicationDue,
  publicationState,
} from '../../../src/domain/draws/index.js';

const settings = { withinWorkingDays: 5, remindWorkingDays: 2 };

describe('working days', () => {
  it('skips weekends both ways', () => {
    // 2026-12-04 is a Friday.
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-07', -1)).toBe('2026-12-04');
    expect(addWorkingDays('2026-12-10', 0)).toBe('2026-12-10');
    expect(addWorkingDays('2026-12-04', 10)).toBe('2026-12-18');
  });
});

describe('publication deadline', () => {
  it('falls the configured working days after the period ends', () => {
    expect(publicationDue('2026-12-10', settings)).toBe('2026-12-17');
  });

  it('waits, then reminds, then is overdue', () => {
    const due = '2026-12-17';
    expect(publicationState(due, '2026-12-14', settings)).toBe('waiting');
    expect(publicationState(due, '2026-12-15', settings)).toBe('remind');
    expect(publicationState(due, '2026-12-17', settings)).toBe('remind');
    expect(publicationState(due, '2026-12-18', settings)).toBe('overdue');
  });

  it('knows the outcome codes', () => {
    expect(isOutcome('no-issue')).toBe(true);
    expect(isOutcome('toString')).toBe(false);
  });
});
