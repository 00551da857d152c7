import { loadDirectory } from '../directory/directory-repo.js';
import type { Directory } from '../domain/org.js';
import { markDone } from '../inbox/inbox-repo.js';
import type { Tx } from '../store/db.js';
import type { Services } from './services.js';

/**
 * What an action sets in motion and leaves to the inbox worker: written into the inbox in the
 * action's own transaction, so it happens exactly once whatever fails in between, and run after the
 * answer. A card callback has a few seconds to answer (FACTS §3.1); in a burst of clicks, the cards
 * and notices that follow a decision wait for the burst to pass, as queued message events do.
 */
export interface FollowUp {
  /** The inbox row's id: unique, and the same on every retry of the action that wrote it. */
  id: string;
  type: string;
  payload: unknown;
}

/** Runs one follow-up; `done` marks its inbox row in the same transaction. */
export type FollowUpHandler = (ctx: {
  /** The follow-up's inbox row. */
  id: string;
  services: Services;
  directory: Directory;
  payload: unknown;
  done: (tx: Tx) => Promise<void>;
}) => Promise<void>;

/** Each feature's follow-up handlers, by the type its actions write. */
export type FollowUpHandlers = Map<string, FollowUpHandler>;

/** Called by the inbox worker for a row of a follow-up type; a failure leaves the row for a retry. */
export async function runFollowUp(
  services: Services,
  handler: FollowUpHandler,
  id: string,
  payload: unknown,
): Promise<void> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) throw new Error('follow-up before any organisation was imported');
  await handler({ id, services, directory, payload, done: (tx) => markDone(tx, id) });
  services.kickOutbox();
}
