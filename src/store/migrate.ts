import type { Client, InStatement } from '@libsql/client';

/** One drizzle-kit migration: what `readMigrationFiles` reads from db/migrations, or its bundled copy. */
export interface Migration {
  folderMillis: number;
  hash: string;
  sql: string[];
}

const TABLE = '__drizzle_migrations';

async function pending(client: Client, migrations: Migration[]): Promise<Migration[]> {
  const last = await client.execute(`SELECT created_at FROM ${TABLE} ORDER BY created_at DESC LIMIT 1`);
  const appliedUpTo = last.rows[0] ? Number(last.rows[0].created_at) : -1;
  return migrations.filter((m) => m.folderMillis > appliedUpTo);
}

/**
 * Applies what the database has not seen yet, with drizzle's own table and rule, so a database migrated
 * by the Node entry, a Worker or drizzle-kit agrees on what is applied. Instances starting together on
 * one server race here; the loser's batch rolls back and it finds the work done.
 */
export async function applyMigrations(client: Client, migrations: Migration[]): Promise<void> {
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
  );
  const todo = await pending(client, migrations);
  if (todo.length === 0) return;
  const statements: InStatement[] = todo.flatMap((m) => [
    ...m.sql.filter((s) => s.trim() !== ''),
    { sql: `INSERT INTO ${TABLE} ("hash", "created_at") VALUES (?, ?)`, args: [m.hash, m.folderMillis] },
  ]);
  try {
    await client.migrate(statements);
  } catch (err) {
    if ((await pending(client, migrations)).length > 0) throw err;
  }
}
