import { loadDirectory } from '../directory/directory-repo.js';
import type { Directory } from '../domain/org.js';
import type { Tx } from '../store/db.js';
import { markDone } from '../work-queue/queue-table.js';
import type { Services } from './services.js';

/**
 * Runs one follow-up (what an action queued in its own transaction: work-queue/follow-up-jobs.ts);
 * `done` marks its queue row in the same transaction as the handler's effect.
 */
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

/** Called by the work dispatch for a row of a follow-up type; a failure leaves the row for a retry. */
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
