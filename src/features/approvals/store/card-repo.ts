import { and, count, desc, eq, sql } from 'drizzle-orm';
import { approvalCards } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';
import { placeholders, prepared } from '../../../store/prepared.js';

export interface OpenCard {
  cardRef: string;
  recipientOpenId: string;
}

const ofStep = and(
  eq(approvalCards.requestId, sql.placeholder('requestId')),
  eq(approvalCards.stepIdx, sql.placeholder('stepIdx')),
);

const cardInsert = prepared((db) =>
  db
    .insert(approvalCards)
    .values({ ...placeholders(['cardRef', 'requestId', 'stepIdx', 'recipientOpenId']), open: true })
    .prepare(),
);

export async function recordCard(
  tx: Tx,
  card: { cardRef: string; requestId: string; stepIdx: number; recipientOpenId: string },
): Promise<void> {
  await cardInsert(tx).run(card);
}

const openCardsOfStep = prepared((db) =>
  db
    .select({ cardRef: approvalCards.cardRef, recipientOpenId: approvalCards.recipientOpenId })
    .from(approvalCards)
    .where(and(ofStep, eq(approvalCards.open, true)))
    .prepare(),
);

export async function openCards(db: Reader, requestId: string, stepIdx: number): Promise<OpenCard[]> {
  return openCardsOfStep(db).all({ requestId, stepIdx });
}

const cardsClosing = prepared((db) => db.update(approvalCards).set({ open: false }).where(ofStep).prepare());

export async function closeCards(tx: Tx, requestId: string, stepIdx: number): Promise<void> {
  await cardsClosing(tx).run({ requestId, stepIdx });
}

/** The newest open card a person holds for the step: the one a buzz points at. */
export async function latestOpenCard(
  db: Reader,
  requestId: string,
  stepIdx: number,
  openId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ cardRef: approvalCards.cardRef })
    .from(approvalCards)
    .where(
      and(
        eq(approvalCards.requestId, requestId),
        eq(approvalCards.stepIdx, stepIdx),
        eq(approvalCards.recipientOpenId, openId),
        eq(approvalCards.open, true),
      ),
    )
    .orderBy(desc(sql`rowid`))
    .limit(1);
  return row?.cardRef;
}

const cardsOfStep = prepared((db) => db.select({ n: count() }).from(approvalCards).where(ofStep).prepare());

export async function cardCount(db: Reader, requestId: string, stepIdx: number): Promise<number> {
  const [row] = await cardsOfStep(db).all({ requestId, stepIdx });
  return row?.n ?? 0;
}

/** The request and step a card was sent for, by its ref. */
export async function cardByRef(
  db: Reader,
  cardRef: string,
): Promise<{ requestId: string; stepIdx: number; recipientOpenId: string } | undefined> {
  const [row] = await db
    .select({
      requestId: approvalCards.requestId,
      stepIdx: approvalCards.stepIdx,
      recipientOpenId: approvalCards.recipientOpenId,
    })
    .from(approvalCards)
    .where(eq(approvalCards.cardRef, cardRef))
    .limit(1);
  return row;
}
