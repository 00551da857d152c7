/**
 * Bureau calendar dates as plain `YYYY-MM-DD` strings. Arithmetic runs on whole UTC day numbers so
 * that the machine's local time zone and daylight saving can never shift a date.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March; a round trip rejects such dates.
  return fromDayNumber(ms / DAY_MS) === date ? ms / DAY_MS : undefined;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function requireDay(date: string): number {
  const day = dayNumber(date);
  if (day === undefined) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(requireDay(date) + days);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return requireDay(to) - requireDay(from);
}

/** Days in the inclusive range, both ends counted. */
export function rangeLength(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** Every day of the inclusive range, in order; empty when the range is inverted. */
export function eachDay(from: string, to: string): string[] {
  const first = requireDay(from);
  const last = requireDay(to);
  const days: string[] = [];
  for (let day = first; day <= last; day += 1) days.push(fromDayNumber(day));
  return days;
}

export interface DateRange {
  from: string;
  to: string;
}

/** The shared part of two inclusive ranges, if any. */
export function intersect(a: DateRange, b: DateRange): DateRange | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}

/** Days from the end of the earlier range to the start of the later one; 0 when they overlap. */
export function distanceDays(a: DateRange, b: DateRange): number {
  if (intersect(a, b)) return 0;
  return a.to < b.from ? daysBetween(a.to, b.from) : daysBetween(b.to, a.from);
}

export function yearOf(date: string): string {
  return date.slice(0, 4);
}
