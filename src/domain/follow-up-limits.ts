import { addWorkingDays, isWorkingDay } from './draws/publication.js';
import { addDays, daysBetween } from './rules/dates.js';

/**
 * The bureau's own deadlines after an approval, in working days (the scheme says 及时 and sets no
 * numbers). One place, so reminders and supervision agree on what is late.
 */
export interface FollowUpLimits {
  /** A visit's result is due this many working days after the plan's last day (第6条 全过程留痕). */
  resultWorkingDays: number;
  /** The feedback to the enterprise is due this many working days after the result (第6条 及时反馈). */
  feedbackWorkingDays: number;
  /** An approval step waiting longer than this is listed for 执法监督 (三（二）). */
  approvalWaitWorkingDays: number;
}

export const DEFAULT_FOLLOW_UP_LIMITS: FollowUpLimits = {
  resultWorkingDays: 3,
  feedbackWorkingDays: 5,
  approvalWaitWorkingDays: 3,
};

/** Keys in the `settings` table that override the defaults. */
export const FOLLOW_UP_LIMIT_KEYS: Readonly<Record<keyof FollowUpLimits, string>> = {
  resultWorkingDays: 'inspections.resultWorkingDays',
  feedbackWorkingDays: 'inspections.feedbackWorkingDays',
  approvalWaitWorkingDays: 'supervision.approvalWaitWorkingDays',
};

/** Stored values by key; one that is not a positive whole number keeps the default. */
export function followUpLimits(stored: ReadonlyMap<string, string>): FollowUpLimits {
  const limits = { ...DEFAULT_FOLLOW_UP_LIMITS };
  for (const [field, key] of Object.entries(FOLLOW_UP_LIMIT_KEYS) as [keyof FollowUpLimits, string][]) {
    const n = Number(stored.get(key));
    if (Number.isInteger(n) && n > 0) limits[field] = n;
  }
  return limits;
}

/** The last day something started on `date` may still be done: `n` working days after it. */
export function dueOn(date: string, n: number): string {
  return addWorkingDays(date, n);
}

/**
 * Whatever started before the returned day is past due on `today` (its due day, `n` working days
 * on, is before today), so a store can find them all with one range on an index.
 */
export function lateIfBefore(today: string, n: number): string {
  // The earliest start whose due day is today or later: step back until the due day falls before today.
  let day = addWorkingDays(today, -n);
  while (dueOn(addDays(day, -1), n) >= today) day = addDays(day, -1);
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  // Any seven days in a row hold five working days: count whole weeks, walk only the rest. A visit
  // years overdue would otherwise walk thousands of days per line of the 执法监督 report.
  const weeks = Math.floor(Math.max(0, daysBetween(from, to)) / 7);
  let count = weeks * 5;
  for (let day = addDays(from, weeks * 7 + 1); day <= to; day = addDays(day, 1))
    if (isWorkingDay(day)) count += 1;
  return count;
}
