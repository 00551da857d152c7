import { Readable } from 'node:stream';
import { worksheetsLast } from './zip-order.js';
import { decodeCsv, parseCsv, type Cell, type SheetRow } from '../domain/sheets/index.js';

export type SheetFormat = 'json' | 'csv' | 'xlsx';

/** By the file name's extension; the bureau's files come named by Excel. */
export function sheetFormat(fileName: string): SheetFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  return undefined;
}

/** A workbook cell's value as the rules read it: rich text and links as their text, formulas as their result. */
function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell(v.result);
    if (v.text !== undefined) return plainCell(v.text);
    if (v.error) return undefined;
  }
  return String(value as string);
}

/** `.xlsx` is a zip; anything else with that name (an old `.xls`, a renamed file) is refused in words. */
export class SheetFileError extends Error {}

/**
 * The first worksheet's rows, read as a stream so a 50,000-row registry never builds the whole
 * workbook model, and each row can be checked and dropped as it comes. exceljs is loaded here only: it is large and has no place in the Workers bundle.
 */
async function xlsxRows(bytes: Uint8Array, onRow: OnRow): Promise<void> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new SheetFileError('不是有效的 .xlsx 文件（旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV）');
  const { default: ExcelJS } = await import('exceljs');
  if ('unavailable' in ExcelJS)
    throw new SheetFileError('此部署不能读取 .xlsx 文件，请用命令行导入或改用 CSV');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(worksheetsLast(bytes))]), {
    sharedStrings: 'cache',
    // Date cells then come as Excel serial numbers, which the date rules read; styles cost memory.
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as { values: unknown[] }).values;
        const go = onRow({ row: (row as { number: number }).number, cells: values.slice(1).map(plainCell) });
        if (go === false) break;
      }
      break;
    }
  } catch (e) {
    throw new SheetFileError(`无法读取 .xlsx 文件：${(e as Error).message}`);
  }
}

/** Takes one row; answering `false` stops the reading (the first rows are enough to tell the kind). */
type OnRow = (row: SheetRow) => void | boolean;

/** Hands over the rows of a CSV or workbook file one by one, numbered as Excel numbers them. */
export async function eachSheetRow(bytes: Uint8Array, format: 'csv' | 'xlsx', onRow: OnRow): Promise<void> {
  if (format === 'xlsx') return xlsxRows(bytes, onRow);
  for (const row of parseCsv(decodeCsv(bytes).text)) if (onRow(row) === false) return;
}

/** The first `n` rows, for telling which import a sheet is. */
export async function firstSheetRows(bytes: Uint8Array, format: 'csv' | 'xlsx', n: number) {
  const rows: SheetRow[] = [];
  await eachSheetRow(bytes, format, (row) => rows.push(row) < n);
  return rows;
}
