import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * The work queue (src/work-queue): every accepted Lark message event, written before the 200 so a
 * crash after the ack loses nothing, and the follow-up jobs actions write; `event_type` tells them apart.
 */
export const inbox = sqliteTable(
  'inbox',
  {
    eventId: text('event_id').primaryKey(),
    eventType: text('event_type').notNull(),
    messageId: text('message_id').unique(),
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    receivedAt: text('received_at').notNull().default(now),
    processedAt: text('processed_at'),
  },
  (t) => [index('inbox_status').on(t.status, t.receivedAt)],
);

/** The card answer cache (src/store/card-answers.ts): a retried callback gets the first answer again. */
export const cardActions = sqliteTable('card_actions', {
  eventId: text('event_id').primaryKey(),
  response: text('response').notNull(),
  receivedAt: text('received_at').notNull().default(now),
});

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lark's idempotency key: a retried send can never post twice. */
    uuid: text('uuid').notNull().unique(),
    kind: text('kind', {
      enum: ['send', 'reply', 'patch', 'urgent', 'center-sync', 'calendar-sync'],
    }).notNull(),
    /**
     * open_id for send/urgent, message id for reply/patch (or a card ref resolved at send time), the
     * external instance id for center-sync (whose content is the instance JSON).
     */
    target: text('target').notNull(),
    /** open_id of the person who will read it: the simulator's inbox and the rate limit per user. */
    recipient: text('recipient').notNull(),
    /** Names the card this row sends, so later patches can find the Lark message id. */
    cardRef: text('card_ref'),
    msgType: text('msg_type'),
    content: text('content'),
    /** A reply posted in the thread of the message it answers (`reply_in_thread`). */
    inThread: integer('in_thread', { mode: 'boolean' }).notNull().default(false),
    /** `refused`: the platform will not deliver to this person (left, stopped the bot, out of range). */
    status: text('status', { enum: ['pending', 'sent', 'dead', 'refused'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [
    index('outbox_due').on(t.status, t.nextAttemptAt),
    index('outbox_card_ref').on(t.cardRef),
    // Typed replies to a card find it by the Lark message id they quote.
    index('outbox_message_id').on(t.messageId),
  ],
);

/** What the bot "sent" in local mode, for the simulator: one row per message, updated on patch. */
export const localMessages = sqliteTable(
  'local_messages',
  {
    messageId: text('message_id').primaryKey(),
    openId: text('open_id').notNull(),
    replyTo: text('reply_to'),
    msgType: text('msg_type').notNull(),
    content: text('content').notNull(),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('local_messages_open_id').on(t.openId, t.createdAt)],
);

/** Append-only; each row's hash covers the previous row's hash, so an edit breaks the chain. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  detail: text('detail').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
