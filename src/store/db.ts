import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../../db/schema/index.js';
import { WriteQueue } from './write-queue.js';

export type Schema = typeof schema;
export type Database = LibSQLDatabase<Schema>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface Store {
  /** For reads; concurrent reads are fine in WAL mode. */
  db: Database;
  /** Runs `fn` in one transaction. Embedded files serialise every write in-process (FACTS §8). */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  client: Client;
  close(): void;
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

export async function openStore(url: string, authToken?: string): Promise<Store> {
  const embedded = url.startsWith('file:');
  if (embedded) mkdirSync(dirname(resolve(url.slice('file:'.length))), { recursive: true });
  const client = createClient({ url, authToken, ...(embedded ? { timeout: 5000 } : {}) });
  if (embedded) await client.execute('PRAGMA journal_mode=WAL');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  const queue = embedded ? new WriteQueue() : undefined;
  return {
    db,
    client,
    write: (fn) => (queue ? queue.run(() => db.transaction(fn)) : db.transaction(fn)),
    close: () => client.close(),
  };
}
