/** A cell as the readers hand it over: CSV gives text, a workbook may also give numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One row of a sheet with its 1-based row number, so errors point where people look. */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

/** A problem with one row (and column, when one cell is at fault), in words for the person who filled it in. */
export interface RowError {
  row: number;
  column?: string;
  message: string;
}

export function rowErrorText(e: RowError): string {
  return `第 ${e.row} 行${e.column ? `「${e.column}」` : ''}：${e.message}`;
}

/** A cell as trimmed text; full-width spaces and line breaks inside a cell fold to one space. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

const YES = new Set(['是', '√', '✓', '✔', 'Y', 'YES', 'TRUE', '1', '有', '列入', '已列入']);
const NO = new Set(['否', '×', '✗', 'N', 'NO', 'FALSE', '0', '无', '未列入', '']);

/** 是/否 as bureaus write it; undefined for anything else, so the row can say which cell is unclear. */
export function cellYesNo(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const t = cellText(cell).toUpperCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** A list written in one cell: 甲公司、乙公司；丙公司 (any of 、，,;；/ or a line break). */
export function cellList(cell: Cell): string[] {
  return String(cell ?? '')
    .split(/[、，,;；/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
