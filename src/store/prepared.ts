import type { Client, Transaction } from '@libsql/client';
import { sql, type SQL } from 'drizzle-orm';
import type { Reader } from './store.js';

/**
 * What drizzle's libSQL driver (0.45) keeps private and `prepared` relies on: a database or
 * transaction runs its statements through a session holding the client and, inside a transaction,
 * the libSQL transaction; a prepared query holds the same two and reads them on every run.
 */
interface Internals {
  session: { client: Client; tx?: Transaction };
}

/**
 * A query drizzle builds once per database, then runs with the values given as placeholders. On the
 * approval path building the SQL on every call cost more than SQLite running it (BENCHMARKS.md).
 * drizzle ties a prepared query to the transaction it was built in, so each call hands the one built
 * for this database the transaction (or none) of the reader it is run on.
 */
export function prepared<Q extends object>(build: (db: Reader) => Q): (db: Reader) => Q {
  const built = new WeakMap<Client, Q>();
  return (db) => {
    const { client, tx } = (db as unknown as Internals).session;
    let query = built.get(client);
    if (!query) {
      query = build(db);
      built.set(client, query);
    }
    const bound = Object.create(query) as Q & { tx?: Transaction };
    bound.tx = tx;
    return bound;
  };
}

/**
 * `prepared` for a statement whose shape varies with its values, e.g. the columns an update sets:
 * one query is built per distinct `shape`.
 */
export function preparedByShape<Q extends object>(
  build: (db: Reader, shape: string[]) => Q,
): (db: Reader, shape: string[]) => Q {
  const shapes = new Map<string, (db: Reader) => Q>();
  return (db, shape) => {
    const key = shape.join(',');
    let query = shapes.get(key);
    if (!query) {
      query = prepared((reader) => build(reader, shape));
      shapes.set(key, query);
    }
    return query(db);
  };
}

/**
 * Placeholders named after the columns, for the VALUES or the SET of a prepared statement; each is
 * wrapped in SQL, which drizzle's types accept where a bare placeholder is not.
 */
export function placeholders<C extends string>(columns: readonly C[]): Record<C, SQL> {
  return Object.fromEntries(columns.map((column) => [column, sql`${sql.placeholder(column)}`])) as Record<
    C,
    SQL
  >;
}

/** The columns `values` sets (drizzle leaves undefined ones out): the shape of a statement built from it. */
export function columnsSet(values: object): string[] {
  return Object.entries(values).flatMap(([column, value]) => (value === undefined ? [] : [column]));
}
