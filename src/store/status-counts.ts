import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './store.js';

/** How many rows of a queue table (inbox, outbox) are in each of `statuses`, for /healthz. */
export async function countByStatus<S extends string>(
  db: Database,
  table: SQLiteTable,
  statuses: readonly S[],
): Promise<Record<S, number>> {
  const rows = await db.all<{ status: string; n: number }>(
    sql`SELECT status, count(*) AS n FROM ${table} WHERE status IN ${statuses} GROUP BY status`,
  );
  const counts = statuses.map((status) => [status, Number(rows.find((r) => r.status === status)?.n ?? 0)]);
  return Object.fromEntries(counts) as Record<S, number>;
}
