import type { QuietPeriod } from '../org.js';
import { eachDay, intersect, isCalendarDate, type DateRange } from './dates.js';

/**
 * The quiet-period calendar as dates: which days a period's notice makes quiet. Who a period covers
 * is decided in quiet-periods.ts; every reader of the calendar (rules, answers, API, statistics)
 * goes through these functions so they can never disagree about a day.
 */

const OPEN: DateRange = { from: '0000-01-01', to: '9999-12-31' };
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The days a period is valid, open ends standing for "since ever" and "until further notice". */
export function validity(period: QuietPeriod): DateRange {
  return { from: period.from ?? OPEN.from, to: period.to ?? OPEN.to };
}

function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The notice's own pattern, validity aside. A month shorter than `toDay` simply ends first: the 31st
 * of 「每月1日至31日」 does not exist in February, so February is quiet through its last day.
 */
function patternHas(period: QuietPeriod, date: string): boolean {
  if (period.ranges) return period.ranges.some((range) => range.from <= date && date <= range.to);
  if (period.monthly) {
    const day = Number(date.slice(8, 10));
    const { fromDay, toDay } = period.monthly;
    return fromDay <= toDay ? day >= fromDay && day <= toDay : day >= fromDay || day <= toDay;
  }
  if (period.weekly) return period.weekly.days.includes(isoWeekday(date));
  return true;
}

/** Whether the period makes this calendar day quiet, for whomever it covers. */
export function isQuietDay(period: QuietPeriod, date: string): boolean {
  const valid = validity(period);
  return isCalendarDate(date) && valid.from <= date && date <= valid.to && patternHas(period, date);
}

/** The period's quiet days within the inclusive range, in order. */
export function periodDays(period: QuietPeriod, from: string, to: string): string[] {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return [];
  const shared = intersect(validity(period), { from, to });
  if (!shared) return [];
  return eachDay(shared.from, shared.to).filter((date) => patternHas(period, date));
}

/** Ordered days folded into runs of consecutive days, for short sentences. */
export function dayRuns(days: readonly string[]): DateRange[] {
  const runs: DateRange[] = [];
  for (const date of days) {
    const last = runs[runs.length - 1];
    if (last && eachDay(last.to, date).length === 2) last.to = date;
    else runs.push({ from: date, to: date });
  }
  return runs;
}

function validityText(period: QuietPeriod): string {
  if (period.from && period.to) return `${period.from}至${period.to}有效`;
  if (period.from) return `自${period.from}起`;
  if (period.to) return `至${period.to}止`;
  return '长期有效';
}

/** A recurring period's days as the notice says them (每月1日至20日, 每周六、日); undefined otherwise. */
export function recurrenceText(period: QuietPeriod): string | undefined {
  if (period.monthly) {
    const { fromDay, toDay } = period.monthly;
    return fromDay <= toDay ? `每月${fromDay}日至${toDay}日` : `每月${fromDay}日至次月${toDay}日`;
  }
  if (period.weekly) {
    const days = [...period.weekly.days].sort().map((day) => WEEKDAYS[day - 1] ?? String(day));
    return `每周${days.join('、')}`;
  }
  return undefined;
}

/** The pattern in the notice's manner: 每月1日至20日，2026-01-01至2026-12-31有效. */
export function describePeriod(period: QuietPeriod): string {
  const recurring = recurrenceText(period);
  if (recurring) return `${recurring}，${validityText(period)}`;
  if (period.ranges) return period.ranges.map((range) => `${range.from}至${range.to}`).join('、');
  return `${period.from ?? ''}至${period.to ?? ''}`;
}

export interface CalendarDay {
  date: string;
  periods: QuietPeriod[];
}

/** Every day of the inclusive range that some period makes quiet, with the periods that do. */
export function calendarDays(periods: readonly QuietPeriod[], from: string, to: string): CalendarDay[] {
  const byDate = new Map<string, QuietPeriod[]>();
  for (const period of periods) {
    for (const date of periodDays(period, from, to)) byDate.set(date, [...(byDate.get(date) ?? []), period]);
  }
  return [...byDate.keys()].sort().map((date) => ({ date, periods: byDate.get(date) ?? [] }));
}
