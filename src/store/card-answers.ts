import { eq, lt, sql } from 'drizzle-orm';
import { cardActions } from '../../db/schema/index.js';
import type { Database, Tx } from './db.js';
import { placeholders, prepared } from './prepared.js';

/*
 * The card answer cache (table `card_actions`): the JSON text each card callback was answered with,
 * by Lark event id, so that a retried callback gets exactly the first answer again.
 */

const answerLookup = prepared((db) =>
  db
    .select({ response: cardActions.response })
    .from(cardActions)
    .where(eq(cardActions.eventId, sql.placeholder('eventId')))
    .prepare(),
);

export async function findCardAnswer(db: Database, eventId: string): Promise<string | undefined> {
  const [row] = await answerLookup(db).all({ eventId });
  return row?.response;
}

const answerInsert = prepared((db) =>
  db
    .insert(cardActions)
    .values(placeholders(['eventId', 'response']))
    .onConflictDoNothing()
    .prepare(),
);

/** Keeps `answer` for `eventId`; the first answer kept stays. */
export async function keepCardAnswer(tx: Tx, eventId: string, answer: string): Promise<void> {
  await answerInsert(tx).run({ eventId, response: answer });
}

/** Answers kept since before `cutoff`, well past Lark's retry window. */
export async function pruneCardAnswers(tx: Tx, cutoff: string): Promise<number> {
  const r = await tx.delete(cardActions).where(lt(cardActions.receivedAt, cutoff));
  return r.rowsAffected;
}
