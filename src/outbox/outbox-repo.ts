import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.js';
import type { Database, Tx } from '../store/db.js';

export type OutboxRow = typeof outbox.$inferSelect;

export interface OutgoingMessage {
  kind: 'send' | 'reply' | 'patch' | 'urgent';
  /** open_id (send), message id (reply, patch, urgent) or `ref:<cardRef>` for a card this app sent. */
  target: string;
  recipient: string;
  msgType?: 'text' | 'interactive';
  content?: string;
  cardRef?: string;
}

/** Called inside the transaction of the change that caused the message, never after it. */
export async function enqueue(tx: Tx, msg: OutgoingMessage): Promise<void> {
  await tx.insert(outbox).values({
    uuid: randomUUID(),
    kind: msg.kind,
    target: msg.target,
    recipient: msg.recipient,
    msgType: msg.msgType ?? null,
    content: msg.content ?? null,
    cardRef: msg.cardRef ?? null,
  });
}

export function cardTarget(cardRef: string): string {
  return `ref:${cardRef}`;
}

/**
 * Due rows, oldest first, except those queued behind an earlier row to the same person that is
 * waiting for a retry: messages to one person arrive in the order they were written.
 */
export async function dueRows(db: Database, limit: number, now = new Date()): Promise<OutboxRow[]> {
  const at = now.toISOString();
  return db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, at),
        sql`NOT EXISTS (SELECT 1 FROM outbox AS waiting WHERE waiting.status = 'pending'
          AND waiting.next_attempt_at > ${at} AND waiting.recipient = ${outbox.recipient}
          AND waiting.id < ${outbox.id})`,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(limit);
}

export async function messageIdForCard(db: Database, cardRef: string): Promise<string | undefined | null> {
  const [row] = await db
    .select({ messageId: outbox.messageId, status: outbox.status })
    .from(outbox)
    .where(and(eq(outbox.cardRef, cardRef), sql`${outbox.kind} in ('send','reply')`))
    .orderBy(asc(outbox.id))
    .limit(1);
  if (!row) return null;
  return row.status === 'sent' ? (row.messageId ?? null) : undefined;
}

export async function outboxCounts(db: Database): Promise<{ pending: number; dead: number }> {
  const rows = await db
    .select({ status: outbox.status, n: sql<number>`count(*)` })
    .from(outbox)
    .where(sql`${outbox.status} in ('pending','dead')`)
    .groupBy(outbox.status);
  return {
    pending: Number(rows.find((r) => r.status === 'pending')?.n ?? 0),
    dead: Number(rows.find((r) => r.status === 'dead')?.n ?? 0),
  };
}

/**
 * Delivered messages nobody will refer to again. A card's own row stays (later patches find the Lark
 * message id through its card ref), and so do dead rows, which an operator may requeue.
 */
export async function pruneSent(tx: Tx, cutoff: string): Promise<number> {
  const r = await tx
    .delete(outbox)
    .where(and(eq(outbox.status, 'sent'), isNull(outbox.cardRef), lt(outbox.sentAt, cutoff)));
  return r.rowsAffected;
}
