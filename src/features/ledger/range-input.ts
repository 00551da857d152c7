import { sheetDate, sheetDateRange } from '../../domain/sheets/index.js';
import type { LedgerRange } from './export/ledger-range.js';

/** At most this many days in one ledger: a year and a bit covers every report the bureau files. */
const MAX_DAYS = 3 * 366;

export type RangeInput = { ok: true; range: LedgerRange } | { ok: false; message: string };

function days(range: LedgerRange): number {
  return (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
}

export function checkRange(from: string | undefined, to: string | undefined): RangeInput {
  if (!from || !to) return { ok: false, message: '请写明起止日期，如 2026-01-01 至 2026-03-31。' };
  if (from > to) return { ok: false, message: `开始日期 ${from} 晚于结束日期 ${to}。` };
  if (days({ from, to }) > MAX_DAYS) return { ok: false, message: '一次最多导出三年，请缩短日期范围。' };
  return { ok: true, range: { from, to } };
}

/** `?from=&to=` of the API and the download link: YYYY-MM-DD (other written forms are read too). */
export function rangeFromQuery(from: string | undefined, to: string | undefined): RangeInput {
  return checkRange(from ? sheetDate(from) : undefined, to ? sheetDate(to) : undefined);
}

/**
 * 「导出台账 2026-01-01 至 2026-03-31」 (any date form a sheet accepts); without dates, from the first
 * of the year to today.
 */
export function rangeFromText(rest: string, today: string): RangeInput {
  const written = rest.replace(/^[\s：:，,]+|[。.！!]+$/g, '').trim();
  if (written === '') return { ok: true, range: { from: `${today.slice(0, 4)}-01-01`, to: today } };
  const range = sheetDateRange(written);
  return range?.from && range.to
    ? checkRange(range.from, range.to)
    : { ok: false, message: '日期无法识别，请写作：导出台账 2026-01-01 至 2026-03-31。' };
}
