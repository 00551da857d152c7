import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The 「登记检查结果」 cards sent to an inspection's inspectors: one per inspection and person, patched
 * to 「反馈企业」 after the result. Lark takes clicks and patches for 14 days, so open ones are renewed.
 */
export const inspectionCards = sqliteTable(
  'inspection_cards',
  {
    cardRef: text('card_ref').primaryKey(),
    /** The inspection's code, `JC-2026-0001-1`. */
    inspectionCode: text('inspection_code').notNull(),
    recipientOpenId: text('recipient_open_id').notNull(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [
    index('inspection_cards_inspection').on(t.inspectionCode, t.open),
    index('inspection_cards_aging').on(t.open, t.sentAt),
  ],
);
