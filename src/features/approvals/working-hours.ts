const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const BUREAU_OFFSET_MS = 8 * HOUR_MS;
const OPENS_AT = 9 * HOUR_MS;
const CLOSES_AT = 17 * HOUR_MS;

/** Office hours (Mon–Fri 09:00–17:00 bureau time) between two instants, in hours. */
export function workingHoursBetween(from: Date, to: Date): number {
  const start = from.getTime() + BUREAU_OFFSET_MS;
  const end = to.getTime() + BUREAU_OFFSET_MS;
  let total = 0;
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day < end; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const worked = Math.min(day + CLOSES_AT, end) - Math.max(day + OPENS_AT, start);
    if (worked > 0) total += worked;
  }
  return total / HOUR_MS;
}
