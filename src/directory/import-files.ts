import { readFile } from 'node:fs/promises';
import type { Directory, Enterprise, QuietPeriod } from '../domain/org.js';
import {
  enterpriseSheet,
  positiveListSheet,
  quietPeriodSheet,
  SheetReader,
  sheetContextOf,
  rowErrorText,
  type PositiveListRecord,
  type RowError,
  type SheetContext,
  type SheetResult,
  type SheetRow,
  type SheetSpec,
} from '../domain/sheets/index.js';
import type { Database, Store, Tx } from '../store/db.js';
import {
  loadDirectory,
  loadEnterprises,
  writeDirectory,
  writeEnterprises,
  writeQuietPeriods,
} from './directory-repo.js';
import { parseEnterprisesFile } from './enterprises-file.js';
import { ImportError } from './import-error.js';
import { contactsToLookUp, parseOrgFile, type ParseResult } from './org-file.js';
import { writePositiveList } from './positive-list-repo.js';
import { parseQuietPeriodsFile } from './quiet-periods-file.js';
import { positiveListRows } from './positive-list-json.js';
import { eachSheetRow, SheetFileError, sheetFormat } from './sheet-files.js';

export { ImportError };

export type ImportKind = 'org' | 'enterprises' | 'quiet-periods' | 'positive-list';

type Value =
  | { kind: 'org'; records: Directory }
  | { kind: 'enterprises'; records: Enterprise[] }
  | { kind: 'quiet-periods'; records: QuietPeriod[] }
  | { kind: 'positive-list'; records: PositiveListRecord[] };

/**
 * A file read and checked, not yet applied: what a person confirms (in the CLI now, in chat later).
 * `records` holds only the good ones; `errors` names every problem, by row and column for a sheet.
 */
export type PreparedImport = Value & {
  file: string;
  /** Records (rows) in the file. */
  total: number;
  errors: string[];
  rowErrors: RowError[];
  /** Sheet headers that were not read. */
  unknownColumns: string[];
};

function parseJson(file: string, bytes: Uint8Array): unknown {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ImportError(file, [`不是有效的 JSON：${(e as Error).message}`]);
  }
}

function unwrap<T>(file: string, r: ParseResult<T>): T {
  if (!r.ok) throw new ImportError(file, r.errors);
  return r.value;
}

/**
 * The places and registry rows are checked against; a sheet needs the organisation imported first.
 * The registry itself is read only for lists that name its enterprises, not to replace it.
 */
async function sheetContext(db: Database, file: string, kind: ImportKind): Promise<SheetContext> {
  const directory = await loadDirectory(db);
  if (!directory) throw new ImportError(file, ['尚未导入组织机构，请先导入 org.json']);
  return sheetContextOf(directory, kind === 'enterprises' ? undefined : await loadEnterprises(db));
}

/** The good rows' records, taken out of the result so they are held once. */
function takeRecords<R>(r: SheetResult<R>): R[] {
  const records = r.records.map((x) => x.record);
  r.records = [];
  return records;
}

/** Looks up open_ids for mobiles and emails (`mobile:…`/`email:…` keys), through Lark's contact API. */
export type ContactLookup = (named: {
  mobiles: string[];
  emails: string[];
}) => Promise<Record<string, string>>;

async function contactsFor(raw: unknown, lookup: ContactLookup | undefined, file: string) {
  const named = contactsToLookUp(raw);
  if (named.mobiles.length + named.emails.length === 0) return {};
  if (!lookup)
    throw new ImportError(file, [
      '文件中有人员只写了手机号或邮箱；须配置 LARK_APP_ID 与 LARK_APP_SECRET 才能查到其 openId',
    ]);
  return lookup(named);
}

async function fromJson(
  file: string,
  kind: ImportKind,
  raw: unknown,
  lookup?: ContactLookup,
): Promise<Value> {
  switch (kind) {
    case 'org':
      return { kind, records: unwrap(file, parseOrgFile(raw, await contactsFor(raw, lookup, file))) };
    case 'enterprises':
      return { kind, records: unwrap(file, parseEnterprisesFile(raw)) };
    case 'quiet-periods':
      return { kind, records: unwrap(file, parseQuietPeriodsFile(raw)) };
    case 'positive-list':
      throw new Error('unreachable');
  }
}

type Feed = (onRow: (row: SheetRow) => void) => Promise<void>;

/** Rows to records, then the JSON file's own validation over the good ones: one set of rules for both. */
async function fromRows(kind: ImportKind, feed: Feed, ctx: SheetContext) {
  const read = async <R>(spec: SheetSpec<string, R>) => {
    const reader = new SheetReader(spec, ctx);
    await feed((row) => reader.add(row));
    return reader.finish();
  };
  switch (kind) {
    case 'enterprises': {
      const r = await read(enterpriseSheet);
      const checked = parseEnterprisesFile({ enterprises: takeRecords(r) });
      return { r, value: { kind, records: checked.ok ? checked.value : [] } as Value, gate: checked };
    }
    case 'quiet-periods': {
      const r = await read(quietPeriodSheet);
      const checked = parseQuietPeriodsFile({ quietPeriods: takeRecords(r) });
      return { r, value: { kind, records: checked.ok ? checked.value : [] } as Value, gate: checked };
    }
    case 'positive-list': {
      const r = await read(positiveListSheet);
      const records = takeRecords(r);
      return { r, value: { kind, records } as Value, gate: { ok: true } as const };
    }
    case 'org':
      throw new SheetFileError('组织机构只能以 JSON 文件导入');
  }
}

/** Reads and checks a file given as bytes and its name (.json, .csv or .xlsx); changes nothing. */
export async function prepareImport(
  db: Database,
  kind: ImportKind,
  bytes: Uint8Array,
  file: string,
  lookup?: ContactLookup,
): Promise<PreparedImport> {
  const format = sheetFormat(file);
  if (!format) throw new ImportError(file, ['只接受 .xlsx、.csv 或 .json 文件']);
  try {
    if (format === 'json' && kind !== 'positive-list') {
      const value = await fromJson(file, kind, parseJson(file, bytes), lookup);
      const total = value.kind === 'org' ? value.records.people.length : value.records.length;
      return { ...value, file, total, errors: [], rowErrors: [], unknownColumns: [] };
    }
    const feed: Feed =
      format === 'json'
        ? async (onRow) => positiveListRows(parseJson(file, bytes), file).forEach(onRow)
        : (onRow) => eachSheetRow(bytes, format, onRow);
    const { r, value, gate } = await fromRows(kind, feed, await sheetContext(db, file, kind));
    const errors = [...r.errors.map(rowErrorText), ...(gate.ok ? [] : gate.errors)];
    return { ...value, file, total: r.rows, errors, rowErrors: r.errors, unknownColumns: r.unknownColumns };
  } catch (e) {
    if (e instanceof SheetFileError) throw new ImportError(file, [e.message]);
    throw e;
  }
}

/**
 * Applies what was prepared, in one transaction with its audit row. With any error nothing is
 * applied, unless `skipInvalid`: then the good rows are, and the bad ones are left out.
 */
export async function applyImport(
  store: Store,
  prepared: PreparedImport,
  actor: string,
  opts: { skipInvalid?: boolean } = {},
): Promise<number> {
  checkApplicable(prepared, opts);
  return store.write((tx) => applyPrepared(tx, prepared, actor));
}

/** Refuses, with every error, what cannot be applied as asked. */
export function checkApplicable(prepared: PreparedImport, opts: { skipInvalid?: boolean } = {}): void {
  if (prepared.errors.length && !(opts.skipInvalid && prepared.rowErrors.length === prepared.errors.length))
    throw new ImportError(prepared.file, prepared.errors);
  if (prepared.errors.length && prepared.kind !== 'org' && prepared.records.length === 0)
    throw new ImportError(prepared.file, ['没有一行无误的记录，未作任何更改', ...prepared.errors]);
}

/** Writes the prepared records inside the caller's transaction (checked by `checkApplicable` first). */
export async function applyPrepared(tx: Tx, prepared: PreparedImport, actor: string): Promise<number> {
  switch (prepared.kind) {
    case 'org':
      await writeDirectory(tx, prepared.records, actor);
      return prepared.records.people.length;
    case 'enterprises':
      await writeEnterprises(tx, prepared.records, actor);
      return prepared.records.length;
    case 'quiet-periods':
      await writeQuietPeriods(tx, prepared.records, actor);
      return prepared.records.length;
    case 'positive-list':
      await writePositiveList(tx, prepared.records, actor);
      return prepared.records.length;
  }
}

/** Validates the whole file first; the store is only touched when every record is good (or skipped). */
export async function importFile(
  store: Store,
  kind: ImportKind,
  file: string,
  actor: string,
  opts: { skipInvalid?: boolean; lookup?: ContactLookup } = {},
): Promise<number> {
  const prepared = await prepareImport(store.db, kind, await readFile(file), file, opts.lookup);
  return applyImport(store, prepared, actor, opts);
}
