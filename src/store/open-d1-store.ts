import { drizzle } from 'drizzle-orm/libsql/web';
import * as schema from '../../db/schema/index.js';
import { migrations } from '../../db/migrations/bundle.js';
import { d1Client, type D1Database } from './d1-client.js';
import { applyMigrations } from './migrate.js';
import { storeOn, type Store } from './store.js';

/** Cloudflare D1 through the same drizzle session as libSQL; how writes differ is in d1-client.ts. */
export async function openD1Store(d1: D1Database): Promise<Store> {
  const client = d1Client(d1);
  await applyMigrations(client, migrations);
  const db = drizzle({ client, schema });
  return storeOn(db, client, (fn) => db.transaction(fn));
}
