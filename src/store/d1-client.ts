import type { Client, InArgs, InStatement, InValue, ResultSet, Row, Transaction } from '@libsql/client';

/** The part of Cloudflare's D1 binding this adapter uses (types from @cloudflare/workers-types). */
export interface D1Database {
  prepare(query: string): D1PreparedStatement;
  batch(statements: D1PreparedStatement[]): Promise<D1Result[]>;
  exec(query: string): Promise<unknown>;
}
interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  all(): Promise<D1Result>;
  raw(options: { columnNames: true }): Promise<[string[], ...unknown[][]]>;
}
interface D1Result {
  results: Record<string, unknown>[];
  meta: { changes?: number; last_row_id?: number };
}

// Reads go through `raw()`, which keeps columns that share a name (joins); writes need `changes`.
const READ = /^\s*(select|with|pragma|explain|values)\b/i;

function toD1(value: InValue): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  return value;
}

function prepare(d1: D1Database, stmt: InStatement | string, args?: InArgs): D1PreparedStatement {
  const { sql, args: given } = typeof stmt === 'string' ? { sql: stmt, args } : stmt;
  if (given !== undefined && !Array.isArray(given))
    throw new TypeError('D1: named arguments are not supported');
  const prepared = d1.prepare(sql);
  return given && given.length > 0 ? prepared.bind(...given.map(toD1)) : prepared;
}

/** A libSQL row: values by index (not enumerable) and by column name, as drizzle's libSQL session reads them. */
function toRow(columns: string[], values: unknown[]): Row {
  const row: Record<string | number, unknown> = {};
  Object.defineProperty(row, 'length', { value: values.length });
  values.forEach((value, i) => {
    Object.defineProperty(row, i, { value });
    const column = columns[i];
    if (column !== undefined && !Object.hasOwn(row, column))
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true });
  });
  return row as Row;
}

function resultSet(columns: string[], rows: unknown[][], changes = 0, lastRowId?: number): ResultSet {
  const rs = {
    columns,
    columnTypes: columns.map(() => ''),
    rows: rows.map((r) => toRow(columns, r)),
    rowsAffected: changes,
    lastInsertRowid: lastRowId === undefined ? undefined : BigInt(lastRowId),
    toJSON: () => ({ columns, rows, rowsAffected: changes, lastInsertRowid: lastRowId }),
  };
  return rs;
}

function fromD1Result(r: D1Result): ResultSet {
  const columns = r.results[0] ? Object.keys(r.results[0]) : [];
  const rows = r.results.map((o) => columns.map((c) => o[c]));
  return resultSet(columns, rows, r.meta.changes ?? 0, r.meta.last_row_id);
}

/** Lists of rows combined as one result, as the single statement would have answered. */
function combined(results: ResultSet[]): ResultSet {
  const columns = results[0]?.columns ?? [];
  const rows = results.flatMap((r) => r.rows.map((row) => Array.from(row)));
  const last = results.at(-1)?.lastInsertRowid;
  const changes = results.reduce((n, r) => n + r.rowsAffected, 0);
  return resultSet(columns, rows, changes, last === undefined ? undefined : Number(last));
}

const MAX_PARAMS = 100;
const VALUE = String.raw`(?:\?|null|default)`;
const TUPLE = String.raw`\((?:${VALUE}, )*${VALUE}\)`;
const MULTI_ROW_INSERT = new RegExp(String.raw`^(insert into .+? values )((?:${TUPLE}(?:, )?)+)(.*)$`, 'is');

/**
 * D1 takes at most 100 bound parameters per statement; a longer multi-row INSERT (a directory import)
 * is cut into several that run as one batch, which D1 applies all or nothing.
 */
function splitInsert(sql: string, args: InValue[]): InStatement[] | undefined {
  const match = args.length > MAX_PARAMS ? MULTI_ROW_INSERT.exec(sql) : null;
  if (!match) return undefined;
  const [, head = '', rows = '', tail = ''] = match;
  const statements: InStatement[] = [];
  let tuples: string[] = [];
  let from = 0;
  let to = 0;
  const flush = () => {
    statements.push({ sql: `${head}${tuples.join(', ')}${tail}`, args: args.slice(from, to) });
    tuples = [];
    from = to;
  };
  for (const tuple of rows.match(new RegExp(TUPLE, 'g')) ?? []) {
    const params = tuple.split('?').length - 1;
    if (to + params - from > MAX_PARAMS && tuples.length > 0) flush();
    tuples.push(tuple);
    to += params;
  }
  flush();
  return statements;
}

async function execute(d1: D1Database, stmt: InStatement | string, args?: InArgs): Promise<ResultSet> {
  const sql = typeof stmt === 'string' ? stmt : stmt.sql;
  const given = typeof stmt === 'string' ? args : stmt.args;
  const parts = Array.isArray(given) ? splitInsert(sql, given) : undefined;
  if (parts) return combined(await batch(d1, parts));
  const prepared = prepare(d1, stmt, args);
  if (READ.test(sql)) {
    const [columns, ...rows] = await prepared.raw({ columnNames: true });
    return resultSet(columns, rows);
  }
  return fromD1Result(await prepared.all());
}

async function batch(d1: D1Database, stmts: (InStatement | [string, InArgs?])[]): Promise<ResultSet[]> {
  const prepared = stmts.map((s) => (Array.isArray(s) ? prepare(d1, s[0], s[1]) : prepare(d1, s)));
  return (await d1.batch(prepared)).map(fromD1Result);
}

/**
 * drizzle's own D1 driver opens a transaction with `BEGIN`, which D1 refuses: D1 has no interactive
 * transactions, only `batch()`, which is atomic but cannot run code between its statements. Every
 * `store.write` here reads its own writes and branches on them (conditional updates, "mark done or
 * stop"), so on D1 its statements apply one by one as they run. Each statement is atomic, D1 runs them
 * one at a time, and every write callback puts its guard first (the conditional update, `markDone`),
 * so a losing or replayed callback writes nothing. What is lost is all-or-nothing: a callback that fails
 * half way (an isolate dropped mid-write) keeps its earlier statements. Migrations use `batch()`.
 */
function autocommit(d1: D1Database): Transaction {
  return {
    execute: (stmt) => execute(d1, stmt),
    batch: (stmts) => batch(d1, stmts),
    executeMultiple: async (sql) => {
      await d1.exec(sql);
    },
    commit: async () => undefined,
    rollback: async () => undefined,
    close: () => undefined,
    closed: false,
  };
}

/** A libSQL `Client` over a D1 binding, so drizzle's libSQL session, and with it every repository, runs on D1. */
export function d1Client(d1: D1Database): Client {
  return {
    execute: (stmt: InStatement | string, args?: InArgs) => execute(d1, stmt, args),
    batch: (stmts) => batch(d1, stmts),
    migrate: (stmts) => batch(d1, stmts),
    transaction: async () => autocommit(d1),
    executeMultiple: async (sql) => {
      await d1.exec(sql);
    },
    sync: () => Promise.reject(new Error('D1: sync is not supported')),
    close: () => undefined,
    reconnect: () => undefined,
    closed: false,
    protocol: 'd1',
  } as Client;
}
