import { TZDate } from '@date-fns/tz';
import { addDays, format, parseISO } from 'date-fns';

/** The bureau's time zone: every date the bot shows or compares is a Changzhi calendar day. */
export const BUREAU_TZ = 'Asia/Shanghai';

export function bureauNow(now: Date = new Date()): TZDate {
  return new TZDate(now.getTime(), BUREAU_TZ);
}

/** Today's date in the bureau's calendar, YYYY-MM-DD. */
export function bureauToday(now: Date = new Date()): string {
  return format(bureauNow(now), 'yyyy-MM-dd');
}

/** A timestamp as the bureau reads it, e.g. 2026-11-26 14:05. */
export function bureauDateTime(at: Date | number | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return format(new TZDate(typeof d === 'number' ? d : d.getTime(), BUREAU_TZ), 'yyyy-MM-dd HH:mm');
}

export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}
