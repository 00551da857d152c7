import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Cards that carry an open action, for features that share one renewal mechanism
 * (src/store/tracked-cards.ts): one row per card and subject it acts on. Lark takes clicks and
 * patches for 14 days after `sent_at`, so an open card is renewed before then.
 */
export const trackedCards = sqliteTable(
  'tracked_cards',
  {
    cardRef: text('card_ref').notNull(),
    /** Which feature's cards: `draw-record`, `warning`, `inspection`, … */
    kind: text('kind').notNull(),
    /** What the card acts on (a warning's id, a drawn enterprise as `drawId|uscc`, a visit's code). */
    subject: text('subject').notNull(),
    recipientOpenId: text('recipient_open_id').notNull(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cardRef, t.subject] }),
    index('tracked_cards_subject').on(t.kind, t.subject, t.open),
    index('tracked_cards_holder').on(t.kind, t.recipientOpenId, t.open),
    index('tracked_cards_aging').on(t.kind, t.open, t.sentAt),
  ],
);
