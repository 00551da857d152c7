import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { inspectionCards } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface OpenCard {
  cardRef: string;
  recipientOpenId: string;
}

export async function rememberCard(
  tx: Tx,
  card: { cardRef: string; inspectionCode: string; recipientOpenId: string; sentAt: string },
): Promise<void> {
  await tx
    .insert(inspectionCards)
    .values({ ...card, open: true })
    .onConflictDoUpdate({ target: inspectionCards.cardRef, set: { open: true } });
}

export async function openCards(db: Reader, code: string): Promise<OpenCard[]> {
  return db
    .select({ cardRef: inspectionCards.cardRef, recipientOpenId: inspectionCards.recipientOpenId })
    .from(inspectionCards)
    .where(and(eq(inspectionCards.inspectionCode, code), eq(inspectionCards.open, true)))
    .orderBy(desc(sql`rowid`));
}

export async function cardCount(db: Reader, code: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(inspectionCards)
    .where(eq(inspectionCards.inspectionCode, code));
  return Number(row?.n ?? 0);
}

export async function closeCards(tx: Tx, code: string): Promise<void> {
  await tx.update(inspectionCards).set({ open: false }).where(eq(inspectionCards.inspectionCode, code));
}

/** Closes one card if still open; conditional, so of two renewals only one sends the fresh card. */
export async function retireCard(tx: Tx, cardRef: string): Promise<boolean> {
  const r = await tx
    .update(inspectionCards)
    .set({ open: false })
    .where(and(eq(inspectionCards.cardRef, cardRef), eq(inspectionCards.open, true)));
  return r.rowsAffected === 1;
}

export interface AgingCard extends OpenCard {
  inspectionCode: string;
  sentAt: string | null;
}

/** Open cards sent before `cutoff` (or at an unknown time), oldest first. */
export async function agingCards(db: Reader, cutoff: string): Promise<AgingCard[]> {
  return db
    .select({
      cardRef: inspectionCards.cardRef,
      recipientOpenId: inspectionCards.recipientOpenId,
      inspectionCode: inspectionCards.inspectionCode,
      sentAt: inspectionCards.sentAt,
    })
    .from(inspectionCards)
    .where(
      and(
        eq(inspectionCards.open, true),
        or(isNull(inspectionCards.sentAt), lt(inspectionCards.sentAt, cutoff)),
      ),
    )
    .orderBy(asc(inspectionCards.sentAt));
}
