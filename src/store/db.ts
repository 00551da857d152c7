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

export type { Database, Schema, Store, Tx } from './store.js';

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
  const embedded = url.startsWith('file:');
  const file = resolve(url.slice('file:'.length));
  if (embedded) {
    mkdirSync(dirname(file), { recursive: true });
    tuneNativeConnections();
  }
  const client = createClient({ url, authToken, ...(embedded ? { timeout: NATIVE_BUSY_TIMEOUT_MS } : {}) });
  if (embedded) await client.execute('PRAGMA journal_mode=WAL');
  await applyMigrations(client, readMigrationFiles({ migrationsFolder: MIGRATIONS }));
  if (!embedded) return serverStore(drizzle(client, { schema }), client);
  const db = drizzle(client, { schema });
  const wal = walOf(file);
  const queue = new WriteQueue(() => wal.flushed());
  return storeOn(db, client, (fn) => queue.run(db, fn), wal);
}
