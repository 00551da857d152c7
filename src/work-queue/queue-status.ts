import { and, asc, eq, inArray } from 'drizzle-orm';
import { inbox } from '../../db/schema/index.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Database, Store } from '../store/db.js';
import { countByStatus } from '../store/status-counts.js';

/*
 * What an operator sees of the work queue: the counts /healthz reports as `inbox`, and the rows the
 * worker gave up on, listed and handed back by `cli inbox list|requeue`.
 */

/** Rows the worker gave up on (or, with `all`, every row), oldest first, for an operator to look at. */
export async function listWork(db: Database, all = false) {
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

export function workQueueCounts(db: Database): Promise<{ pending: number; failed: number }> {
  return countByStatus(db, inbox, ['pending', 'failed']);
}
