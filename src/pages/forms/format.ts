import { bureauDateTime } from '../../time.js';

/** 2027-01-04 → 2027年1月4日, as the annexes' 「年 月 日」 blanks are filled in by hand. */
export function cnDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** A stored ISO timestamp as the bureau's calendar day and clock time. */
export function cnDateTime(at: string): string {
  const local = bureauDateTime(at);
  return `${cnDate(local)} ${local.slice(11)}`;
}

/** An ISO timestamp's day in the bureau's calendar. */
export function cnDay(at: string): string {
  return cnDate(bureauDateTime(at));
}

/** 「年 月 日至 年 月 日」 */
export function cnRange(from: string, to: string): string {
  return `${cnDate(from)}至${cnDate(to)}`;
}
