import { createRequire } from 'node:module';

interface Column {
  name: string;
}
interface Statement {
  readonly reader: boolean;
  columns(): Column[];
  raw(on?: boolean): Statement;
  safeIntegers(on?: boolean): Statement;
}
interface Connection {
  prepare(sql: string): Statement;
  exec(sql: string): void;
}
interface ConnectionClass {
  prototype: Connection;
}

/** The native driver the embedded libSQL client loads (its own dependency, so resolved from there). */
export function libsqlDriver(): string {
  return createRequire(createRequire(import.meta.url).resolve('@libsql/client')).resolve('libsql');
}

/** Distinct statements kept per connection; the bot issues a few hundred, built queries with IN lists vary. */
const PER_CONNECTION = 512;
const DDL = /^\s*(create|alter|drop)\b/i;

/** Each connection's statements, as of the schema generation they were prepared under. */
const kept = new WeakMap<Connection, { generation: number; statements: Map<string, Statement> }>();
let schemaGeneration = 0;
let installed = false;

/** After a burst the log file is cut back to this size once checkpointed, rather than kept at its peak. */
const LOG_KEPT_BYTES = 64 * 1024 * 1024;

/**
 * A connection's first statement finds no cache. SQLite's automatic checkpoint runs inside whichever
 * commit crosses the threshold, stopping the event loop in the middle of a burst (it was most of the
 * events' p99); `WalCheckpointer` checkpoints between bursts instead, so every connection leaves it off.
 */
function cacheOf(db: Connection): Map<string, Statement> {
  const cache = kept.get(db);
  if (cache?.generation === schemaGeneration) return cache.statements;
  if (!cache)
    db.exec(
      `PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = ${LOG_KEPT_BYTES}; PRAGMA synchronous = NORMAL`,
    );
  const statements = new Map<string, Statement>();
  kept.set(db, { generation: schemaGeneration, statements });
  return statements;
}

/**
 * The client asks a statement for its columns twice on every execution, learns that it returns no
 * rows by calling `raw()` and catching the error, and sets raw mode and safe integers again each
 * time, each a call into the native driver. The answers are fixed once a statement is prepared and
 * the client always asks for the same modes, so each is asked of the driver once; building that
 * error each time cost more than many statements' work.
 */
const NOT_A_READER = new TypeError('The raw() method is only for statements that return data');
function withAnswersKept(statement: Statement): Statement {
  const read = statement.columns.bind(statement);
  let columns: Column[] | undefined;
  statement.columns = () => (columns ??= read());
  if (!statement.reader) {
    statement.raw = () => {
      throw NOT_A_READER;
    };
  } else {
    statement.raw = whenChanged(statement.raw.bind(statement), statement);
  }
  statement.safeIntegers = whenChanged(statement.safeIntegers.bind(statement), statement);
  return statement;
}

/** A mode setter that calls the driver only when asked for a mode other than the one last set. */
function whenChanged(set: (on?: boolean) => Statement, statement: Statement): (on?: boolean) => Statement {
  let current: boolean | undefined;
  return (on = true) => {
    if (on !== current) {
      set(on);
      current = on;
    }
    return statement;
  };
}

/**
 * What the embedded libSQL client offers no hook for, set on its native connection class:
 * - Prepared statements are kept per connection, least recently used first out. The client prepares
 *   every statement again on each execution; with ~30 statements behind one approval decision,
 *   preparing and the answers kept above were a quarter of its CPU (BENCHMARKS.md). Reuse is safe
 *   because the client runs each statement to completion synchronously (the driver resets it before
 *   the next run, also after an error), and a schema change in this process starts every cache afresh.
 * - SQLite's automatic checkpoint is off on every connection (see `cacheOf`), and so is its fsync in
 *   each commit: the store's `WalSync` makes commits durable off the event loop (wal-sync.ts).
 */
export function tuneNativeConnections(): void {
  if (installed) return;
  installed = true;
  const Connection = createRequire(import.meta.url)(libsqlDriver()) as ConnectionClass;
  const prepare = Connection.prototype.prepare;
  Connection.prototype.prepare = function (this: Connection, sql: string): Statement {
    const cache = cacheOf(this);
    if (DDL.test(sql)) {
      schemaGeneration += 1;
      return prepare.call(this, sql);
    }
    const known = cache.get(sql);
    if (known) {
      cache.delete(sql);
      cache.set(sql, known);
      return known;
    }
    const statement = withAnswersKept(prepare.call(this, sql));
    cache.set(sql, statement);
    if (cache.size > PER_CONNECTION) cache.delete(cache.keys().next().value!);
    return statement;
  };
}
