import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.js';
import type { Database, Tx } from '../store/db.js';
import { placeholders, prepared } from '../store/prepared.js';
import { countByStatus } from '../store/status-counts.js';

export type OutboxRow = typeof outbox.$inferSelect;

export interface OutgoingMessage {
  kind: 'send' | 'reply' | 'patch' | 'urgent' | 'center-sync' | 'calendar-sync';
  /**
   * open_id (send), message id (reply, patch, urgent), `ref:<cardRef>` for a card this app sent, or the
   * approval center's instance id (center-sync).
   */
  target: string;
  recipient: string;
  msgType?: 'text' | 'interactive' | 'file';
  content?: string;
  cardRef?: string;
  /** For a reply: post it in the thread of the message it answers. */
  inThread?: boolean;
}

const p = (name: string) => sql.placeholder(name);

const outboxInsert = prepared((db) =>
  db
    .insert(outbox)
    .values(
      placeholders(['uuid', 'kind', 'target', 'recipient', 'msgType', 'content', 'cardRef', 'inThread']),
    )
    .prepare(),
);

/** Called inside the transaction of the change that caused the message, never after it. */
export async function enqueue(tx: Tx, msg: OutgoingMessage): Promise<void> {
  await outboxInsert(tx).run({
    uuid: randomUUID(),
    kind: msg.kind,
    target: msg.target,
    recipient: msg.recipient,
    msgType: msg.msgType ?? null,
    content: msg.content ?? null,
    cardRef: msg.cardRef ?? null,
    inThread: msg.inThread ?? false,
  });
}

export function cardTarget(cardRef: string): string {
  return `ref:${cardRef}`;
}

/**
 * Due rows, oldest first, except those queued behind an earlier row to the same person that is
 * waiting for a retry: messages to one person arrive in the order they were written.
 */
const due = prepared((db) =>
  db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, p('at')),
        sql`NOT EXISTS (SELECT 1 FROM outbox AS waiting WHERE waiting.status = 'pending'
          AND waiting.next_attempt_at > ${p('at')} AND waiting.recipient = ${outbox.recipient}
          AND waiting.id < ${outbox.id})`,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(p('limit'))
    .prepare(),
);

export async function dueRows(db: Database, limit: number, now = new Date()): Promise<OutboxRow[]> {
  return due(db).all({ at: now.toISOString(), limit });
}

const cardSend = prepared((db) =>
  db
    .select({ messageId: outbox.messageId, status: outbox.status })
    .from(outbox)
    .where(and(eq(outbox.cardRef, p('cardRef')), sql`${outbox.kind} in ('send','reply')`))
    .orderBy(asc(outbox.id))
    .limit(1)
    .prepare(),
);

export async function messageIdForCard(db: Database, cardRef: string): Promise<string | undefined | null> {
  const [row] = await cardSend(db).all({ cardRef });
  if (!row) return null;
  return row.status === 'sent' ? (row.messageId ?? null) : undefined;
}

const claim = prepared((db) =>
  db
    .update(outbox)
    .set(placeholders(['nextAttemptAt']))
    .where(and(eq(outbox.id, p('id')), eq(outbox.status, 'pending'), eq(outbox.nextAttemptAt, p('due'))))
    .prepare(),
);

/**
 * Several senders (Workers isolates, Node instances on one server) can read the same due row; the one
 * whose conditional update moves its next attempt forward to `until` sends it.
 */
export async function claimRow(tx: Tx, row: OutboxRow, until: string): Promise<boolean> {
  const r = await claim(tx).run({ id: row.id, due: row.nextAttemptAt, nextAttemptAt: until });
  return r.rowsAffected === 1;
}

const sent = prepared((db) =>
  db
    .update(outbox)
    .set({
      status: 'sent',
      ...placeholders(['attempts', 'messageId', 'sentAt']),
      lastError: null,
    })
    .where(eq(outbox.id, p('id')))
    .prepare(),
);

export async function markSent(tx: Tx, row: OutboxRow, messageId: string | null, at: string): Promise<void> {
  await sent(tx).run({ id: row.id, attempts: row.attempts + 1, messageId, sentAt: at });
}

/** A row Lark refused for good in an expected way (a card too old or recalled): settled, reason kept. */
export async function markSettled(tx: Tx, row: OutboxRow, reason: string, at: string): Promise<void> {
  await tx
    .update(outbox)
    .set({ status: 'sent', attempts: row.attempts + 1, lastError: reason, sentAt: at })
    .where(eq(outbox.id, row.id));
}

export async function markRetry(
  tx: Tx,
  row: OutboxRow,
  retry: { at: string; countAttempt: boolean; reason: string },
): Promise<void> {
  await tx
    .update(outbox)
    .set({
      attempts: retry.countAttempt ? row.attempts + 1 : row.attempts,
      nextAttemptAt: retry.at,
      lastError: retry.reason,
    })
    .where(eq(outbox.id, row.id));
}

export async function markDead(tx: Tx, row: OutboxRow, reason: string): Promise<void> {
  await tx
    .update(outbox)
    .set({ status: 'dead', attempts: row.attempts + 1, lastError: reason })
    .where(eq(outbox.id, row.id));
}

export function outboxCounts(db: Database): Promise<{ pending: number; dead: number }> {
  return countByStatus(db, outbox, ['pending', 'dead']);
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

const cardOfMessage = prepared((db) =>
  db
    .select({ cardRef: outbox.cardRef })
    .from(outbox)
    .where(and(eq(outbox.messageId, p('messageId')), sql`${outbox.kind} in ('send','reply')`))
    .limit(1)
    .prepare(),
);

/** The card ref a message of the bot was sent under, from Lark's message id; undefined for any other. */
export async function cardRefOfMessage(db: Database, messageId: string): Promise<string | undefined> {
  const [row] = await cardOfMessage(db).all({ messageId });
  return row?.cardRef ?? undefined;
}
