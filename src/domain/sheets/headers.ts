import { cellText, type SheetRow } from './cells.js';

/** A column a sheet may carry: the field it fills and the headers bureaus give it. */
export interface Column<F extends string = string> {
  field: F;
  /** The header shown in errors and in the documentation. */
  label: string;
  synonyms: readonly string[];
}

/**
 * Headers are compared without spaces, asterisks (required-field marks), full-width brackets or a
 * trailing note in brackets: 「*单位名称」「单位名称（全称）」「所在县（区）」 all match.
 */
export function headerKey(header: string): string {
  return header
    .replace(/[\s\u3000*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toUpperCase();
}

function bareKey(header: string): string {
  return headerKey(header).replace(/\([^)]*\)$/, '');
}

export interface HeaderMap<F extends string> {
  /** Index of the header row in the rows given. */
  index: number;
  /** Field of each column, by position; undefined for a column the bot does not read. */
  fields: (F | undefined)[];
  /** The header as written, by position, for errors. */
  labels: string[];
  /** Headers the bot does not know, to tell the person they were left out. */
  unknown: string[];
}

function fieldOf<F extends string>(header: string, columns: readonly Column<F>[]): F | undefined {
  const keys = [headerKey(header), bareKey(header)];
  for (const key of keys) {
    const hit = columns.find(
      (c) => headerKey(c.label) === key || c.synonyms.some((s) => headerKey(s) === key),
    );
    if (hit) return hit.field;
  }
  return undefined;
}

/** Columns that are only numbering or remarks: known, never read. */
const IGNORED = new Set(['序号', '编号', '备注', '说明'].map(headerKey));

/**
 * The header row is the first of the first ten rows naming at least two known columns: bureau sheets
 * often open with a title row (「长治市重点排污单位名录」) above it.
 */
export function findHeader<F extends string>(
  rows: readonly SheetRow[],
  columns: readonly Column<F>[],
): HeaderMap<F> | undefined {
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const labels = (rows[index]?.cells ?? []).map(cellText);
    const fields = labels.map((l) => (l ? fieldOf(l, columns) : undefined));
    if (new Set(fields.filter(Boolean)).size < 2) continue;
    const unknown = labels.filter((l, i) => l && !fields[i] && !IGNORED.has(headerKey(l)));
    return { index, fields, labels, unknown };
  }
  return undefined;
}
