import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { cardActions, inbox } from '../../db/schema/index.js';
import { pruneSent } from '../outbox/outbox-repo.js';
import type { Database, Store, Tx } from '../store/db.js';
import { placeholders, prepared } from '../store/prepared.js';
import { countByStatus } from '../store/status-counts.js';
import { appendAudit } from '../store/audit-repo.js';
import type { FollowUp } from '../app/follow-ups.js';

export interface AcceptedEvent {
  eventId: string;
  eventType: string;
  messageId?: string;
  payload: unknown;
}

interface Waiting {
  event: AcceptedEvent;
  resolve: (fresh: boolean) => void;
  reject: (err: unknown) => void;
}

/** Events waiting for the store, per store: the next write inserts all of them. */
const gathering = new WeakMap<Store, Waiting[]>();

/**
 * Returns false for a duplicate (same event id, or a message already received under another id).
 * Events that arrive while the store is busy share one multi-row INSERT in one transaction, so a
 * burst of Lark deliveries costs one statement and one commit rather than one each.
 */
export function acceptEvent(store: Store, event: AcceptedEvent): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const open = gathering.get(store);
    if (open) {
      open.push({ event, resolve, reject });
      return;
    }
    const batch: Waiting[] = [{ event, resolve, reject }];
    const close = () => {
      if (gathering.get(store) === batch) gathering.delete(store);
    };
    gathering.set(store, batch);
    store
      .write((tx) => {
        close();
        return insertNew(
          tx,
          batch.map((w) => w.event),
        );
      })
      .then(
        (fresh) => batch.forEach((w, i) => w.resolve(fresh[i] ?? false)),
        (err: unknown) => {
          close();
          batch.forEach((w) => w.reject(err));
        },
      );
  });
}

const column = (c: { name: string }) => sql.identifier(c.name);

/**
 * Which of `events` are new; of two deliveries of one event in the same batch, the first is. One
 * INSERT … RETURNING per 200 events, written as SQL: the query builder cost more than the insert.
 */
async function insertNew(tx: Tx, events: AcceptedEvent[]): Promise<boolean[]> {
  const distinct = [...new Map(events.map((e) => [e.eventId, e])).values()];
  const inserted = new Set<string>();
  const columns = [inbox.eventId, inbox.eventType, inbox.messageId, inbox.payload].map(column);
  for (let i = 0; i < distinct.length; i += 200) {
    const values = distinct
      .slice(i, i + 200)
      .map((e) => sql`(${e.eventId}, ${e.eventType}, ${e.messageId ?? null}, ${JSON.stringify(e.payload)})`);
    const rows = await tx.all<{ id: string }>(
      sql`INSERT INTO ${inbox} (${sql.join(columns, sql`, `)}) VALUES ${sql.join(values, sql`, `)}
          ON CONFLICT DO NOTHING RETURNING ${column(inbox.eventId)} AS id`,
    );
    for (const row of rows) inserted.add(row.id);
  }
  return events.map((e) => inserted.delete(e.eventId));
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

const followUpInsert = prepared((db) =>
  db
    .insert(inbox)
    .values(placeholders(['eventId', 'eventType', 'payload']))
    .onConflictDoNothing()
    .prepare(),
);

/** Queues work for the inbox worker in the caller's transaction (see app/follow-ups.ts). */
export async function insertFollowUp(tx: Tx, followUp: FollowUp): Promise<void> {
  await followUpInsert(tx).run({
    eventId: followUp.id,
    eventType: followUp.type,
    payload: JSON.stringify(followUp.payload),
  });
}

export async function markFailedAttempt(store: Store, eventId: string, error: string, giveUp: boolean) {
  await store.write((tx) =>
    tx
      .update(inbox)
      .set({ attempts: sql`${inbox.attempts} + 1`, error, ...(giveUp ? { status: 'failed' as const } : {}) })
      .where(eq(inbox.eventId, eventId)),
  );
}

const cardResponse = prepared((db) =>
  db
    .select({ response: cardActions.response })
    .from(cardActions)
    .where(eq(cardActions.eventId, sql.placeholder('eventId')))
    .prepare(),
);

export async function findCardResponse(db: Database, eventId: string): Promise<string | undefined> {
  const [row] = await cardResponse(db).all({ eventId });
  return row?.response;
}

const cardResponseInsert = prepared((db) =>
  db
    .insert(cardActions)
    .values(placeholders(['eventId', 'response']))
    .onConflictDoNothing()
    .prepare(),
);

export async function saveCardResponse(tx: Tx, eventId: string, response: string): Promise<void> {
  await cardResponseInsert(tx).run({ eventId, response });
}

/**
 * Keeps ids well past Lark's ~7 h retry window, then lets the tables shrink; delivered messages go
 * with them, or the outbox would grow by every reply ever sent.
 */
export async function pruneProcessed(store: Store, olderThanDays = 7, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000).toISOString();
  return store.write(async (tx) => {
    const a = await tx
      .delete(inbox)
      .where(and(sql`${inbox.status} != 'pending'`, lt(inbox.receivedAt, cutoff)));
    const b = await tx.delete(cardActions).where(lt(cardActions.receivedAt, cutoff));
    return a.rowsAffected + b.rowsAffected + (await pruneSent(tx, cutoff));
  });
}

/** Rows the worker gave up on (or, with `all`, every row), oldest first, for an operator to look at. */
export async function listEvents(db: Database, all = false) {
  return db
    .select({
      eventId: inbox.eventId,
      eventType: inbox.eventType,
      status: inbox.status,
      attempts: inbox.attempts,
      error: inbox.error,
      receivedAt: inbox.receivedAt,
    })
    .from(inbox)
    .where(all ? undefined : eq(inbox.status, 'failed'))
    .orderBy(asc(inbox.receivedAt));
}

/**
 * Hands failed rows (the given ones, or all of them) back to the worker after the cause is fixed,
 * with an audit row; the worker's own done mark still stops a second effect.
 */
export async function requeueFailed(store: Store, eventIds: string[], actor: string): Promise<number> {
  return store.write(async (tx) => {
    const r = await tx
      .update(inbox)
      .set({ status: 'pending', attempts: 0, error: null })
      .where(and(eq(inbox.status, 'failed'), eventIds.length ? inArray(inbox.eventId, eventIds) : undefined));
    await appendAudit(tx, {
      actor,
      action: 'inbox.requeued',
      entity: 'inbox',
      entityId: eventIds.join(',') || 'all-failed',
      detail: { count: r.rowsAffected },
    });
    return r.rowsAffected;
  });
}

export function inboxCounts(db: Database): Promise<{ pending: number; failed: number }> {
  return countByStatus(db, inbox, ['pending', 'failed']);
}
