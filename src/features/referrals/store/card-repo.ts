import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { referralCards } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface OpenCard {
  cardRef: string;
  recipientOpenId: string;
}

export async function rememberCard(
  tx: Tx,
  card: { cardRef: string; referralId: string; recipientOpenId: string; sentAt: string },
): Promise<void> {
  await tx
    .insert(referralCards)
    .values({ ...card, open: true })
    .onConflictDoUpdate({ target: referralCards.cardRef, set: { open: true } });
}

export async function openCards(db: Reader, referralId: string): Promise<OpenCard[]> {
  return db
    .select({ cardRef: referralCards.cardRef, recipientOpenId: referralCards.recipientOpenId })
    .from(referralCards)
    .where(and(eq(referralCards.referralId, referralId), eq(referralCards.open, true)));
}

/** The open cards one person holds for the referral, newest first. */
export async function heldCards(db: Reader, referralId: string, openId: string): Promise<string[]> {
  const rows = await db
    .select({ cardRef: referralCards.cardRef })
    .from(referralCards)
    .where(
      and(
        eq(referralCards.referralId, referralId),
        eq(referralCards.recipientOpenId, openId),
        eq(referralCards.open, true),
      ),
    )
    .orderBy(desc(sql`rowid`));
  return rows.map((row) => row.cardRef);
}

export async function closeCards(tx: Tx, referralId: string): Promise<void> {
  await tx.update(referralCards).set({ open: false }).where(eq(referralCards.referralId, referralId));
}

/**
 * Closes one card if it is still open. Conditional, so of two instances renewing the same card only
 * the one whose update took effect sends the fresh card.
 */
export async function retireCard(tx: Tx, cardRef: string): Promise<boolean> {
  const r = await tx
    .update(referralCards)
    .set({ open: false })
    .where(and(eq(referralCards.cardRef, cardRef), eq(referralCards.open, true)));
  return r.rowsAffected === 1;
}

export interface AgingCard extends OpenCard {
  referralId: string;
  sentAt: string | null;
}

/** Open cards sent before `cutoff` (or at an unknown time), oldest first. */
export async function agingCards(db: Reader, cutoff: string): Promise<AgingCard[]> {
  return db
    .select({
      cardRef: referralCards.cardRef,
      recipientOpenId: referralCards.recipientOpenId,
      referralId: referralCards.referralId,
      sentAt: referralCards.sentAt,
    })
    .from(referralCards)
    .where(
      and(eq(referralCards.open, true), or(isNull(referralCards.sentAt), lt(referralCards.sentAt, cutoff))),
    )
    .orderBy(asc(referralCards.sentAt));
}

export async function cardCount(db: Reader, referralId: string): Promise<number> {
  const rows = await db
    .select({ cardRef: referralCards.cardRef })
    .from(referralCards)
    .where(eq(referralCards.referralId, referralId));
  return rows.length;
}

/** The referral a card was sent for, by its ref. */
export async function referralOfCard(db: Reader, cardRef: string): Promise<string | undefined> {
  const [row] = await db
    .select({ referralId: referralCards.referralId })
    .from(referralCards)
    .where(eq(referralCards.cardRef, cardRef))
    .limit(1);
  return row?.referralId;
}
