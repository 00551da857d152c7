import type { Client, ResultSet } from '@libsql/client';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '../../db/schema/index.js';

export type Schema = typeof schema;
export type Database = LibSQLDatabase<Schema> & { $client: Client };
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** `store.db` or a transaction: reads inside a write must see that write's own changes. */
export type Reader = BaseSQLiteDatabase<'async', ResultSet, Schema>;

export type Write = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

export interface Wal {
  checkpoint(): Promise<void>;
  /** The log file's size now. */
  bytes(): number;
  /** Resolves once everything committed before the call is on disk (wal-sync.ts). */
  flushed(): Promise<void>;
  /** Resolves once a checkpoint under way has finished: the process may exit then. */
  close(): Promise<void>;
}

export interface Store {
  /**
   * For reads, which in WAL mode go on while a write is open. On an embedded file this is one
   * connection of its own, so a transaction belongs in `write`, never here.
   */
  db: Database;
  /**
   * Runs `fn` in one transaction: queued in-process on a file (docs/lark-platform.md §7), a server-side
   * transaction on a libSQL server. On D1 the statements apply one by one (see d1-client.ts).
   */
  write: Write;
  client: Client;
  /** The write-ahead log of an embedded file, which the store copies into the file between bursts. */
  wal?: Wal;
  /** Resolves once nothing of the store runs any more; await it before `process.exit`. */
  close(): Promise<void>;
}

/** The one shape every store takes; what differs between databases is how a write runs. */
export function storeOn(db: Database, client: Client, write: Write, wal?: Wal): Store {
  return {
    db,
    client,
    write,
    ...(wal ? { wal } : {}),
    close: async () => {
      client.close();
      await wal?.close();
    },
  };
}
