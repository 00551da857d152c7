import { and, desc, eq, sql } from 'drizzle-orm';
import { approvalCards } from '../../../../db/schema/index.js';
import type { Tx } from '../../../store/db.js';
import type { Reader } from './reader.js';

export interface OpenCard {
  cardRef: string;
  recipientOpenId: string;
}

export async function recordCard(
  tx: Tx,
  card: { cardRef: string; requestId: string; stepIdx: number; recipientOpenId: string },
): Promise<void> {
  await tx.insert(approvalCards).values({ ...card, open: true });
}

export async function openCards(db: Reader, requestId: string, stepIdx: number): Promise<OpenCard[]> {
  return db
    .select({ cardRef: approvalCards.cardRef, recipientOpenId: approvalCards.recipientOpenId })
    .from(approvalCards)
    .where(
      and(
        eq(approvalCards.requestId, requestId),
        eq(approvalCards.stepIdx, stepIdx),
        eq(approvalCards.open, true),
      ),
    );
}

export async function closeCards(tx: Tx, requestId: string, stepIdx: number): Promise<void> {
  await tx
    .update(approvalCards)
    .set({ open: false })
    .where(and(eq(approvalCards.requestId, requestId), eq(approvalCards.stepIdx, stepIdx)));
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

export async function cardCount(db: Reader, requestId: string, stepIdx: number): Promise<number> {
  const rows = await db
    .select({ cardRef: approvalCards.cardRef })
    .from(approvalCards)
    .where(and(eq(approvalCards.requestId, requestId), eq(approvalCards.stepIdx, stepIdx)));
  return rows.length;
}
