import { pruneSent } from './outbox/outbox-repo.js';
import { pruneCardAnswers } from './store/card-answers.js';
import type { Store } from './store/db.js';
import { pruneWorked } from './work-queue/queue-table.js';

/**
 * Keeps ids well past Lark's ~7 h retry window, then lets the tables shrink: worked queue rows and
 * kept card answers, and delivered messages with them, or the outbox would grow by every reply ever
 * sent. One transaction; returns how many rows went.
 */
export async function pruneProcessed(store: Store, olderThanDays = 7, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000).toISOString();
  return store.write(
    async (tx) =>
      (await pruneWorked(tx, cutoff)) + (await pruneCardAnswers(tx, cutoff)) + (await pruneSent(tx, cutoff)),
  );
}
