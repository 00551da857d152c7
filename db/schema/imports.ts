import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** pending -> importing (the click) -> applied | failed (the queued apply); pending -> cancelled. */
export const PENDING_IMPORT_STATES = ['pending', 'importing', 'applied', 'failed', 'cancelled'] as const;

/**
 * A spreadsheet an administrator sent in chat, read and checked, waiting for 确认导入. `prepared`
 * holds exactly the records that were checked, so the click applies them and nothing else; the
 * token and the file's SHA-256 ride on the card's buttons, and the status changes once.
 */
export const pendingImports = sqliteTable(
  'pending_imports',
  {
    token: text('token').primaryKey(),
    kind: text('kind', { enum: ['enterprises', 'quiet-periods', 'positive-list'] }).notNull(),
    /** Who sent the file: the only one who may confirm it. */
    openId: text('open_id').notNull(),
    messageId: text('message_id').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    /** The PreparedImport as JSON (records, errors, counts). */
    prepared: text('prepared', { mode: 'json' }).notNull(),
    status: text('status', { enum: PENDING_IMPORT_STATES }).notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [index('pending_imports_expiry').on(t.status, t.expiresAt)],
);
