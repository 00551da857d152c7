import type { Cell } from './cells.js';

/** Calendar dates as bureaus type them, read to the YYYY-MM-DD the bot stores. */

function iso(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); a time of day is dropped.
 * Serials outside 1900–2200 are not dates.
 */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const t = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const d = new Date(t);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** One date written 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日 or 20260105. */
const ONE_DATE = /(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)/;
const EIGHT_DIGITS = /^(\d{4})(\d{2})(\d{2})$/;

function textDate(text: string): string | undefined {
  const t = text.trim();
  const eight = EIGHT_DIGITS.exec(t);
  if (eight) return iso(Number(eight[1]), Number(eight[2]), Number(eight[3]));
  const m = new RegExp(`^${ONE_DATE.source}$`).exec(t);
  if (!m) return undefined;
  return iso(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

/**
 * A date cell: a workbook date (exceljs gives the wall-clock day at UTC), an Excel serial number, or
 * text in any of the forms above. Undefined when it is not a real calendar day.
 */
export function sheetDate(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? undefined
      : iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') return excelSerialDate(cell);
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) return excelSerialDate(Number(t));
  return textDate(t);
}

export type DateRange = { from?: string; to?: string };

/**
 * 正面清单起止日期 and the like, one cell holding both ends: 「2026-01-01至2026-12-31」,
 * 「2026.1.1-2026.12.31」, 「2026年1月1日—2026年12月31日」. An end written 长期 / 至今 / 无 stays open.
 * Empty is an open range; undefined when the text does not read as a range (one date alone is not one).
 */
export function sheetDateRange(cell: Cell): DateRange | undefined {
  if (cell === null || cell === undefined) return {};
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim();
  if (t === '') return {};
  const parts = t.split(/\s*(?:至|到|~|～|—+|–|－|--)\s*|\s+-\s+|(?<=\d日?)-(?=\d{4})/);
  if (parts.length !== 2) return undefined;
  const [a = '', b = ''] = parts;
  const open = (s: string) => /^(长期|至今|无|不限|长期有效)?$/.test(s.trim());
  const from = open(a) ? undefined : textDate(a);
  const to = open(b) ? undefined : textDate(b);
  if ((!open(a) && !from) || (!open(b) && !to) || (!from && !to)) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
