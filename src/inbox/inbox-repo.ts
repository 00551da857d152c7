import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { cardActions, inbox } from '../../db/schema/index.js';
import type { Database, Store, Tx } from '../store/db.js';

export interface AcceptedEvent {
  eventId: string;
  eventType: string;
  messageId?: string;
  payload: unknown;
}

/** Returns false for a duplicate (same event id, or a message already received under another id). */
export async function acceptEvent(store: Store, e: AcceptedEvent): Promise<boolean> {
  const result = await store.write((tx) =>
    tx
      .insert(inbox)
      .values({
        eventId: e.eventId,
        eventType: e.eventType,
        messageId: e.messageId ?? null,
        payload: JSON.stringify(e.payload),
      })
      .onConflictDoNothing(),
  );
  return result.rowsAffected === 1;
}

export async function pendingEvents(db: Database, limit: number) {
  return db
    .select()
    .from(inbox)
    .where(eq(inbox.status, 'pending'))
    .orderBy(asc(inbox.receivedAt))
    .limit(limit);
}

export class AlreadyProcessed extends Error {}

/**
 * Marks the row done inside the handler's own transaction: the effect and the "done" land together,
 * and a second worker (or a replay after a crash) that gets here finds nothing to mark and rolls back.
 */
export async function markDone(tx: Tx, eventId: string): Promise<void> {
  const r = await tx
    .update(inbox)
    .set({ status: 'done', processedAt: new Date().toISOString() })
    .where(and(eq(inbox.eventId, eventId), eq(inbox.status, 'pending')));
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

export async function findCardResponse(db: Database, eventId: string): Promise<string | undefined> {
  const [row] = await db.select().from(cardActions).where(eq(cardActions.eventId, eventId)).limit(1);
  return row?.response;
}

export async function saveCardResponse(store: Store, eventId: string, response: string): Promise<void> {
  await store.write((tx) => tx.insert(cardActions).values({ eventId, response }).onConflictDoNothing());
}

/** Keeps ids well past Lark's ~7 h retry window, then lets the tables shrink. */
export async function pruneProcessed(store: Store, olderThanDays = 7, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000).toISOString();
  return store.write(async (tx) => {
    const a = await tx
      .delete(inbox)
      .where(and(sql`${inbox.status} != 'pending'`, lt(inbox.receivedAt, cutoff)));
    const b = await tx.delete(cardActions).where(lt(cardActions.receivedAt, cutoff));
    return a.rowsAffected + b.rowsAffected;
  });
}
