import { and, eq } from 'drizzle-orm';
import { referralCards } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface OpenCard {
  cardRef: string;
  recipientOpenId: string;
}

export async function rememberCard(
  tx: Tx,
  card: { cardRef: string; referralId: string; recipientOpenId: string },
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

export async function closeCards(tx: Tx, referralId: string): Promise<void> {
  await tx.update(referralCards).set({ open: false }).where(eq(referralCards.referralId, referralId));
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
