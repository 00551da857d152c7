import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { trackedCards } from '../../db/schema/index.js';
import type { Reader, Tx } from './db.js';

/**
 * The card ledger features share for cards that carry an open action (see docs/architecture.md,
 * "Cards that outlive Lark's 14 days"). A card acts on one or more subjects of its kind; it is open
 * until it is retired (replaced or no longer needed).
 */
export interface TrackedCard {
  cardRef: string;
  recipientOpenId: string;
  sentAt: string;
  /** Every subject the card acts on. */
  subjects: string[];
}

export async function trackCard(
  tx: Tx,
  kind: string,
  card: { cardRef: string; recipientOpenId: string; sentAt: string; subjects: readonly string[] },
): Promise<void> {
  if (card.subjects.length === 0) return;
  await tx
    .insert(trackedCards)
    .values(
      card.subjects.map((subject) => ({
        cardRef: card.cardRef,
        kind,
        subject,
        recipientOpenId: card.recipientOpenId,
        sentAt: card.sentAt,
        open: true,
      })),
    )
    .onConflictDoUpdate({
      target: [trackedCards.cardRef, trackedCards.subject],
      set: { open: true, sentAt: card.sentAt },
    });
}

function grouped(rows: { cardRef: string; recipientOpenId: string; sentAt: string; subject: string }[]) {
  const cards = new Map<string, TrackedCard>();
  for (const { subject, ...row } of rows) {
    const card = cards.get(row.cardRef) ?? { ...row, subjects: [] };
    card.subjects.push(subject);
    cards.set(row.cardRef, card);
  }
  return [...cards.values()];
}

const columns = {
  cardRef: trackedCards.cardRef,
  recipientOpenId: trackedCards.recipientOpenId,
  sentAt: trackedCards.sentAt,
  subject: trackedCards.subject,
};

/** The open cards acting on one subject, oldest first. */
export async function openCardsOn(db: Reader, kind: string, subject: string): Promise<TrackedCard[]> {
  const refs = await db
    .select({ cardRef: trackedCards.cardRef })
    .from(trackedCards)
    .where(and(eq(trackedCards.kind, kind), eq(trackedCards.subject, subject), eq(trackedCards.open, true)));
  return cardsByRef(
    db,
    refs.map((r) => r.cardRef),
  );
}

/** How many cards, open or not, ever acted on one subject: numbers the next card's ref. */
export async function cardsEverOn(db: Reader, kind: string, subject: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(trackedCards)
    .where(and(eq(trackedCards.kind, kind), eq(trackedCards.subject, subject)));
  return Number(row?.n ?? 0);
}

/** The open cards of a kind one person holds, oldest first. */
export async function openCardsHeld(db: Reader, kind: string, openId: string): Promise<TrackedCard[]> {
  const rows = await db
    .select(columns)
    .from(trackedCards)
    .where(
      and(eq(trackedCards.kind, kind), eq(trackedCards.recipientOpenId, openId), eq(trackedCards.open, true)),
    )
    .orderBy(asc(trackedCards.sentAt));
  return grouped(rows);
}

async function cardsByRef(db: Reader, refs: string[]): Promise<TrackedCard[]> {
  if (refs.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(trackedCards)
    .where(and(inArray(trackedCards.cardRef, refs), eq(trackedCards.open, true)))
    .orderBy(asc(trackedCards.sentAt));
  return grouped(rows);
}

/** Open cards of a kind sent before `cutoff`, oldest first. */
export async function agingTrackedCards(db: Reader, kind: string, cutoff: string): Promise<TrackedCard[]> {
  const rows = await db
    .select(columns)
    .from(trackedCards)
    .where(and(eq(trackedCards.kind, kind), eq(trackedCards.open, true), lt(trackedCards.sentAt, cutoff)))
    .orderBy(asc(trackedCards.sentAt));
  return grouped(rows);
}

/**
 * Closes one card if it is still open. Conditional, so of two instances renewing the same card only
 * the one whose update took effect sends the fresh card.
 */
export async function retireTrackedCard(tx: Tx, cardRef: string): Promise<boolean> {
  const r = await tx
    .update(trackedCards)
    .set({ open: false })
    .where(and(eq(trackedCards.cardRef, cardRef), eq(trackedCards.open, true)));
  return r.rowsAffected > 0;
}

/** Closes every card acting on a subject that is no longer open (a warning resolved). */
export async function closeCardsOn(tx: Tx, kind: string, subject: string): Promise<void> {
  await tx
    .update(trackedCards)
    .set({ open: false })
    .where(and(eq(trackedCards.kind, kind), eq(trackedCards.subject, subject)));
}
