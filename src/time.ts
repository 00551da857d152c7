import { addDays, format, parseISO } from 'date-fns';

/**
 * The bureau's clock, Asia/Shanghai: UTC+8 all year (China has kept no daylight saving since 1991),
 * so a fixed offset is exact for every date the bot handles. A time-zone library computing the same
 * offset on every call was a twentieth of an approval decision's CPU.
 */
const BUREAU_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DDTHH:mm:ss.sss` on the bureau's wall clock; throws RangeError on an invalid date. */
function bureauClock(ms: number): string {
  return new Date(ms + BUREAU_OFFSET_MS).toISOString();
}

/** Today's date in the bureau's calendar, YYYY-MM-DD. */
export function bureauToday(now: Date = new Date()): string {
  return bureauClock(now.getTime()).slice(0, 10);
}

/** A timestamp as the bureau reads it, e.g. 2026-11-26 14:05. */
export function bureauDateTime(at: Date | number | string): string {
  const clock = bureauClock(typeof at === 'number' ? at : new Date(at).getTime());
  return `${clock.slice(0, 10)} ${clock.slice(11, 16)}`;
}

export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}
