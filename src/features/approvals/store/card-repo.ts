import { and, asc, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
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
    .values({ ...placeholders(['cardRef', 'requestId', 'stepIdx', 'recipientOpenId', 'sentAt']), open: true })
    .prepare(),
);

export async function recordCard(
  tx: Tx,
  card: { cardRef: string; requestId: string; stepIdx: number; recipientOpenId: string; sentAt: string },
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

const ofHolder = and(
  eq(approvalCards.requestId, sql.placeholder('requestId')),
  eq(approvalCards.stepIdx, sql.placeholder('stepIdx')),
  eq(approvalCards.recipientOpenId, sql.placeholder('openId')),
  eq(approvalCards.open, true),
);

const holderCards = prepared((db) =>
  db
    .select({ cardRef: approvalCards.cardRef, sentAt: approvalCards.sentAt })
    .from(approvalCards)
    .where(ofHolder)
    .orderBy(desc(sql`rowid`))
    .prepare(),
);

/** The open cards a person holds for the step, newest first: the first is the one a buzz points at. */
export async function heldCards(
  db: Reader,
  requestId: string,
  stepIdx: number,
  openId: string,
): Promise<{ cardRef: string; sentAt: string | null }[]> {
  return holderCards(db).all({ requestId, stepIdx, openId });
}

const retiring = prepared((db) =>
  db
    .update(approvalCards)
    .set({ open: false })
    .where(and(eq(approvalCards.cardRef, sql.placeholder('cardRef')), eq(approvalCards.open, true)))
    .prepare(),
);

/**
 * Closes one card if it is still open. Conditional, so of two instances renewing the same card only
 * the one whose update took effect sends the fresh card.
 */
export async function retireCard(tx: Tx, cardRef: string): Promise<boolean> {
  return (await retiring(tx).run({ cardRef })).rowsAffected === 1;
}

export interface AgingCard extends OpenCard {
  requestId: string;
  stepIdx: number;
}

/** Open cards sent before `cutoff` (or at an unknown time), oldest first. */
export async function agingCards(db: Reader, cutoff: string): Promise<AgingCard[]> {
  return db
    .select({
      cardRef: approvalCards.cardRef,
      recipientOpenId: approvalCards.recipientOpenId,
      requestId: approvalCards.requestId,
      stepIdx: approvalCards.stepIdx,
    })
    .from(approvalCards)
    .where(
      and(eq(approvalCards.open, true), or(isNull(approvalCards.sentAt), lt(approvalCards.sentAt, cutoff))),
    )
    .orderBy(asc(approvalCards.sentAt));
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

const personOnStep = (requestId: string, stepIdx: number, openId: string) =>
  and(
    eq(approvalCards.requestId, requestId),
    eq(approvalCards.stepIdx, stepIdx),
    eq(approvalCards.recipientOpenId, openId),
  );

/** Closes the open cards one person holds for the step, without a patch: Lark would not take one to them. */
export async function closeHolderCards(tx: Tx, requestId: string, stepIdx: number, openId: string) {
  await tx
    .update(approvalCards)
    .set({ open: false })
    .where(personOnStep(requestId, stepIdx, openId));
}

/** Whether the person was ever sent a card for the step, open or closed. */
export async function wasSentCard(db: Reader, requestId: string, stepIdx: number, openId: string) {
  const [row] = await db
    .select({ cardRef: approvalCards.cardRef })
    .from(approvalCards)
    .where(personOnStep(requestId, stepIdx, openId))
    .limit(1);
  return row !== undefined;
}
