import type { StatsPeriod } from './types.js';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar month `today` falls in. */
export function monthPeriod(today: string): StatsPeriod {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const ym = today.slice(0, 7);
  return { from: `${ym}-01`, to: `${ym}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}` };
}

export function yearPeriod(year: number): StatsPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function within(date: string, period: StatsPeriod): boolean {
  return date >= period.from && date <= period.to;
}

/** Every YYYY-MM the period touches, in order. */
export function monthsOf(period: StatsPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    if (ym > last) return months;
    months.push(ym);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Like `tally`, each item counting its weight. */
export function tallyWeighted<T, K extends string>(
  items: readonly T[],
  key: (item: T) => K,
  weight: (item: T) => number,
): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + weight(item));
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Counts of each key, largest first, ties in key order: the order every table and chart uses. */
export function tally<K extends string>(keys: readonly K[]): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
