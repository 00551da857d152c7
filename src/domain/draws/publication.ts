import { addDays } from '../rules/dates.js';

/**
 * 一公开: the result of each drawn inspection is published within a configured number of working
 * days of the inspection period's end. Working days are Monday to Friday; the bureau has no holiday
 * calendar in the system, so a deadline over a public holiday comes early rather than late.
 */

export const OUTCOMES = {
  'no-issue': '未发现问题',
  rectify: '发现问题，已责令改正',
  case: '发现环境违法行为，已立案查处',
  'not-inspected': '企业停产或关闭，未实施检查',
} as const;

export type Outcome = keyof typeof OUTCOMES;

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && Object.hasOwn(OUTCOMES, value);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `n` working days after `date` (before it, for negative n); the start day itself is not counted. */
export function addWorkingDays(date: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

export interface PublicationSettings {
  /** Working days after the inspection period ends within which the result must be public. */
  withinWorkingDays: number;
  /** Working days before the deadline the unit head is reminded. */
  remindWorkingDays: number;
}

export const DEFAULT_PUBLICATION: PublicationSettings = { withinWorkingDays: 20, remindWorkingDays: 3 };

export function publicationDue(periodEnd: string, settings: PublicationSettings): string {
  return addWorkingDays(periodEnd, settings.withinWorkingDays);
}

export type PublicationState = 'waiting' | 'remind' | 'overdue';

/** Before the reminder day the result is simply awaited; from it the head is reminded; after the deadline it is late. */
export function publicationState(
  due: string,
  today: string,
  settings: PublicationSettings,
): PublicationState {
  if (today > due) return 'overdue';
  return today >= addWorkingDays(due, -settings.remindWorkingDays) ? 'remind' : 'waiting';
}
