import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { inbox } from '../../db/schema/index.js';
import type { Database, Store, Tx } from '../store/db.js';
import { placeholders, prepared } from '../store/prepared.js';

/*
 * The one table (`inbox`) both kinds of queued work share: inbound Lark events (inbound-events.ts)
 * and follow-up jobs (follow-up-jobs.ts). A row's `event_type` says which it is; its `event_id` is
 * the Lark event id or the follow-up's id. The worker handles both alike through these marks.
 */

/** The oldest rows still to be worked, for the queue worker. */
export async function pendingWork(db: Database, limit: number) {
  return db
    .select()
    .from(inbox)
    .where(eq(inbox.status, 'pending'))
    .orderBy(asc(inbox.receivedAt))
    .limit(limit);
}

export class AlreadyProcessed extends Error {}

const doneMarking = prepared((db) =>
  db
    .update(inbox)
    .set({ status: 'done', ...placeholders(['processedAt']) })
    .where(and(eq(inbox.eventId, sql.placeholder('eventId')), eq(inbox.status, 'pending')))
    .prepare(),
);

/**
 * Marks the row done inside the handler's own transaction: the effect and the "done" land together,
 * and a second worker (or a replay after a crash) that gets here finds nothing to mark and rolls back.
 */
export async function markDone(tx: Tx, eventId: string): Promise<void> {
  const r = await doneMarking(tx).run({ eventId, processedAt: new Date().toISOString() });
  if (r.rowsAffected !== 1) throw new AlreadyProcessed(eventId);
}

export async function markFailedAttempt(store: Store, eventId: string, error: string, giveUp: boolean) {
  await store.write((tx) =>
    tx
      .update(inbox)
      .set({ attempts: sql`${inbox.attempts} + 1`, error, ...(giveUp ? { status: 'failed' as const } : {}) })
      .where(eq(inbox.eventId, eventId)),
  );
}

/** Worked rows received before `cutoff` (pending ones stay, whatever their age). */
export async function pruneWorked(tx: Tx, cutoff: string): Promise<number> {
  const r = await tx
    .delete(inbox)
    .where(and(sql`${inbox.status} != 'pending'`, lt(inbox.receivedAt, cutoff)));
  return r.rowsAffected;
}
