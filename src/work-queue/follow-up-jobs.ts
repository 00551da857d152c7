import { inbox } from '../../db/schema/index.js';
import type { Tx } from '../store/db.js';
import { placeholders, prepared } from '../store/prepared.js';

/**
 * What an action sets in motion and leaves to the queue worker: written into the work queue in the
 * action's own transaction, so it happens exactly once whatever fails in between, and run after the
 * answer (the handlers, and how one runs: app/follow-ups.ts). A card callback has 3 s to
 * answer (docs/lark-platform.md §3.1); in a burst of clicks, the cards and notices that follow a decision wait for the burst to
 * pass, as queued message events do.
 */
export interface FollowUp {
  /** The queue row's id: unique, and the same on every retry of the action that wrote it. */
  id: string;
  type: string;
  payload: unknown;
}

const followUpInsert = prepared((db) =>
  db
    .insert(inbox)
    .values(placeholders(['eventId', 'eventType', 'payload']))
    .onConflictDoNothing()
    .prepare(),
);

/**
 * Queues a follow-up in the caller's transaction; a retried action's second write is a no-op, and
 * false says so.
 */
export async function enqueueFollowUp(tx: Tx, followUp: FollowUp): Promise<boolean> {
  const r = await followUpInsert(tx).run({
    eventId: followUp.id,
    eventType: followUp.type,
    payload: JSON.stringify(followUp.payload),
  });
  return r.rowsAffected === 1;
}
