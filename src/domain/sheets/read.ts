import { cellList, cellText, cellYesNo, type Cell, type RowError, type SheetRow } from './cells.js';
import { sheetDate, sheetDateRange, type DateRange } from './dates.js';
import { findHeader, type Column, type HeaderMap } from './headers.js';
import type { Directory } from '../org.js';

/** What rows are checked against: the directory's counties and, for lists of enterprises, the registry. */
export interface SheetContext {
  /** The city, e.g. 长治市: a citywide quiet period names it. */
  city: string;
  /** Counties and districts as the directory spells them (its branches' counties). */
  counties: readonly string[];
  enterprises?: readonly { name: string; uscc: string; shortName?: string }[];
}

/** The city from the bureau's name (长治市生态环境局), the counties its branches cover. */
export function sheetContextOf(
  directory: Directory,
  enterprises?: SheetContext['enterprises'],
): SheetContext {
  return {
    city: /^(.+?市)/.exec(directory.bureau)?.[1] ?? directory.bureau,
    counties: [...new Set(directory.units.flatMap((u) => (u.county ? [u.county] : [])))],
    ...(enterprises ? { enterprises } : {}),
  };
}

/** One row seen through the header: cells by field, and a place to note what is wrong with them. */
export class RowView<F extends string> {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly header: HeaderMap<F>,
    private readonly columns: readonly Column<F>[],
  ) {}

  cell(field: F): Cell {
    const i = this.header.fields.indexOf(field);
    return i < 0 ? undefined : this.cells[i];
  }

  has(field: F): boolean {
    return this.header.fields.includes(field);
  }

  label(field: F): string {
    const i = this.header.fields.indexOf(field);
    return i < 0
      ? (this.columns.find((c) => c.field === field)?.label ?? field)
      : (this.header.labels[i] ?? field);
  }

  text(field: F): string {
    return cellText(this.cell(field));
  }

  list(field: F): string[] {
    return cellList(this.cell(field));
  }

  error(field: F | undefined, message: string): undefined {
    this.errors.push({ row: this.row, ...(field ? { column: this.label(field) } : {}), message });
    return undefined;
  }

  /** 是/否; empty is `fallback`. */
  yesNo(field: F, fallback = false): boolean {
    if (this.text(field) === '') return fallback;
    const v = cellYesNo(this.cell(field));
    return v ?? this.error(field, `应填“是”或“否”，当前为「${this.text(field)}」`) ?? fallback;
  }

  /** A date; empty is undefined without complaint. */
  date(field: F): string | undefined {
    if (this.text(field) === '') return undefined;
    return (
      sheetDate(this.cell(field)) ??
      this.error(field, `日期无法识别：「${this.text(field)}」（如 2026-01-05、2026/1/5、2026年1月5日）`)
    );
  }

  /** Both ends, from a range column and/or separate from/to columns (the separate ones win). */
  range(rangeField: F, fromField: F, toField: F): DateRange {
    let range: DateRange = {};
    if (this.text(rangeField) !== '') {
      range =
        sheetDateRange(this.text(rangeField)) ??
        this.error(
          rangeField,
          `起止日期无法识别：「${this.text(rangeField)}」（如 2026-01-01至2026-12-31）`,
        ) ??
        {};
    }
    const from = this.date(fromField) ?? range.from;
    const to = this.date(toField) ?? range.to;
    if (from && to && from > to)
      this.error(this.has(fromField) ? fromField : rangeField, `开始日期 ${from} 晚于结束日期 ${to}`);
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
}

/** How one kind of sheet is read: its columns, which must be there, and how a row becomes a record. */
export interface SheetSpec<F extends string, R> {
  /** What one row is, in errors: 企业, 安静期, 正面清单企业. */
  noun: string;
  columns: readonly Column<F>[];
  /** Each group needs at least one of its fields among the headers. */
  required: readonly (readonly F[])[];
  readRow(row: RowView<F>, ctx: SheetContext): R | undefined;
  /** Values that must not repeat between rows, with the column they are reported on. */
  unique?: (record: R) => readonly { field: F; value: string }[];
}

export interface SheetResult<R> {
  /** Good rows, in sheet order, with their row numbers. */
  records: { row: number; record: R }[];
  /** Every problem, by row and column. */
  errors: RowError[];
  /** Data rows read (empty rows are not counted). */
  rows: number;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** Headers the bot did not read. */
  unknownColumns: string[];
}

/**
 * Reads a sheet row by row, so a reader can hand rows over as it parses them and only the records are
 * kept: the first ten rows wait until the header is found among them.
 */
export class SheetReader<F extends string, R> {
  private readonly waiting: SheetRow[] = [];
  private header: HeaderMap<F> | undefined;
  private failed: SheetResult<R> | undefined;
  private readonly seen = new Map<string, number>();
  private readonly result: SheetResult<R> = {
    records: [],
    errors: [],
    rows: 0,
    invalidRows: 0,
    unknownColumns: [],
  };
  private headerRow = 0;

  constructor(
    private readonly spec: SheetSpec<F, R>,
    private readonly ctx: SheetContext,
  ) {}

  add(row: SheetRow): void {
    if (this.failed) return;
    if (this.header) return this.read(row);
    this.waiting.push(row);
    const header = findHeader(this.waiting, this.spec.columns);
    if (header) this.start(header);
    else if (this.waiting.length >= 10) this.failed = this.noHeader();
  }

  finish(): SheetResult<R> {
    if (this.failed) return this.failed;
    if (!this.header) return this.noHeader();
    if (this.result.rows === 0)
      this.result.errors.push({ row: this.headerRow + 1, message: `表中没有${this.spec.noun}记录` });
    return this.result;
  }

  private label(f: F): string {
    return this.spec.columns.find((c) => c.field === f)?.label ?? f;
  }

  private noHeader(): SheetResult<R> {
    const labels = this.spec.required.map((g) => g.map((f) => this.label(f)).join('或'));
    return fileError(`找不到表头：前 10 行中没有一行包含「${labels.join('」「')}」等列`);
  }

  private start(header: HeaderMap<F>): void {
    this.headerRow = this.waiting[header.index]?.row ?? 1;
    const missing = this.spec.required.filter((group) => !group.some((f) => header.fields.includes(f)));
    if (missing.length) {
      const names = missing.map((g) => g.map((f) => this.label(f)).join('或'));
      this.failed = fileError(`缺少必需的列：${names.join('、')}`, this.headerRow);
      return;
    }
    this.header = header;
    this.result.unknownColumns = header.unknown;
    for (const row of this.waiting.splice(0).slice(header.index + 1)) this.read(row);
  }

  private read(sheetRow: SheetRow): void {
    const { spec, result, header } = this;
    if (!header || sheetRow.cells.every((c) => cellText(c) === '')) return;
    result.rows++;
    const view = new RowView(sheetRow.row, sheetRow.cells, header, spec.columns);
    const record = spec.readRow(view, this.ctx);
    if (record !== undefined && view.errors.length === 0) {
      for (const { field, value } of spec.unique?.(record) ?? []) {
        const key = `${field}\u0000${value}`;
        const first = this.seen.get(key);
        if (first !== undefined) view.error(field, `「${value}」与第 ${first} 行重复`);
        else this.seen.set(key, sheetRow.row);
      }
    }
    if (record === undefined || view.errors.length) {
      result.invalidRows++;
      result.errors.push(...view.errors);
    } else {
      result.records.push({ row: sheetRow.row, record });
    }
  }
}

/** Reads a whole sheet; a row with any problem gives no record, and every problem is reported. */
export function readSheet<F extends string, R>(
  rows: readonly SheetRow[],
  spec: SheetSpec<F, R>,
  ctx: SheetContext,
): SheetResult<R> {
  const reader = new SheetReader(spec, ctx);
  for (const row of rows) reader.add(row);
  return reader.finish();
}

function fileError<R>(message: string, row = 1): SheetResult<R> {
  return { records: [], errors: [{ row, message }], rows: 0, invalidRows: 0, unknownColumns: [] };
}

/**
 * Places are written 潞城区, 潞城 or 长治市潞城区: compared without the city and the trailing 区/县/市,
 * and answered in the directory's spelling.
 */
export function knownCounty(text: string, ctx: SheetContext): string | undefined {
  const key = (s: string) => {
    const t = s.trim();
    const bare = t.startsWith(ctx.city) ? t.slice(ctx.city.length) : t;
    return bare.length > 1 ? bare.replace(/[区县市]$/, '') : bare;
  };
  const k = key(text);
  return k ? ctx.counties.find((c) => key(c) === k) : undefined;
}

/**
 * One record typed into a card, checked by the same rules as a sheet row: the card's fields are
 * the cells under the given headers. The problems come back as one sentence for a toast or notice.
 */
export function readOne<F extends string, R>(
  spec: SheetSpec<F, R>,
  cells: readonly (readonly [header: string, value: Cell])[],
  ctx: SheetContext,
): { ok: true; record: R } | { ok: false; problem: string } {
  const rows = [
    { row: 1, cells: cells.map(([h]) => h) },
    { row: 2, cells: cells.map(([, v]) => v) },
  ];
  const result = readSheet(rows, spec, ctx);
  const [first] = result.records;
  if (first && result.errors.length === 0) return { ok: true, record: first.record };
  return {
    ok: false,
    problem: result.errors.map((e) => `${e.column ? `「${e.column}」` : ''}${e.message}`).join('；'),
  };
}
