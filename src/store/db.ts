import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../../db/schema/index.js';
import { applyMigrations } from './migrate.js';
import { serverStore } from './server-transactions.js';
import { storeOn, type Store, type Wal } from './store.js';
import { NATIVE_BUSY_TIMEOUT_MS } from './busy-lock.js';
import { tuneNativeConnections } from './native-connections.js';
import { CheckpointThread } from './checkpoint-thread.js';
import { logFileSync, WalSync } from './wal-sync.js';
import { WriteQueue } from './write-queue.js';

export type { Database, Reader, Schema, Store, Tx } from './store.js';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

/** An embedded file's write-ahead log: synced off the event loop, checkpointed on its own thread. */
function walOf(file: string): Wal {
  const log = `${file}-wal`;
  const thread = new CheckpointThread(file);
  const sync = new WalSync(logFileSync(log));
  return {
    checkpoint: () => thread.checkpoint(),
    bytes() {
      try {
        return statSync(log).size;
      } catch {
        return 0;
      }
    },
    flushed: () => sync.flushed(),
    close: () => thread.close(),
  };
}

/**
 * The Node entry's store: an embedded file (WAL, busy timeout, every write through one in-process
 * queue) or a libSQL server, where transactions run on the server and several instances may share it.
 */
export async function openStore(url: string, authToken?: string): Promise<Store> {
  if (!url.startsWith('file:')) {
    const client = createClient({ url, authToken });
    await applyMigrations(client, readMigrationFiles({ migrationsFolder: MIGRATIONS }));
    return serverStore(drizzle(client, { schema }), client);
  }
  const file = resolve(url.slice('file:'.length));
  mkdirSync(dirname(file), { recursive: true });
  tuneNativeConnections();
  // One connection writes and one reads. SQLite empties a connection's page cache whenever another
  // one has written, and the client's default pool lent each concurrent read a different one of
  // twenty, so in a burst every read started cold (BENCHMARKS.md, sixth pass).
  const connection = () => createClient({ url, timeout: NATIVE_BUSY_TIMEOUT_MS, concurrency: 1 });
  const writer = connection();
  await writer.execute('PRAGMA journal_mode=WAL');
  await applyMigrations(writer, readMigrationFiles({ migrationsFolder: MIGRATIONS }));
  const reader = connection();
  const writeDb = drizzle(writer, { schema });
  const wal = walOf(file);
  const queue = new WriteQueue(() => wal.flushed());
  const store = storeOn(drizzle(reader, { schema }), reader, (fn) => queue.run(writeDb, fn), wal);
  return {
    ...store,
    close: async () => {
      writer.close();
      await store.close();
    },
  };
}
