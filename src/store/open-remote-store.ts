import { createClient } from '@libsql/client/web';
import { drizzle } from 'drizzle-orm/libsql/web';
import * as schema from '../../db/schema/index.js';
import { migrations } from '../../db/migrations/bundle.js';
import { applyMigrations } from './migrate.js';
import { serverStore } from './server-transactions.js';
import type { Store } from './store.js';

/**
 * A libSQL server over HTTP or WebSockets from a Worker: Turso (`libsql://…` and a token) or a local
 * `sqld`. The migrations are compiled in, as Workers have no file system.
 */
export async function openRemoteStore(url: string, authToken?: string): Promise<Store> {
  const client = createClient({ url, authToken });
  await applyMigrations(client, migrations);
  return serverStore(drizzle({ client, schema }), client);
}
