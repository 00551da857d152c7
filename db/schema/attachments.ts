import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ATTACHMENT_STATES = [
  'offered',
  'accepted',
  'stored',
  'declined',
  'too_large',
  'unavailable',
] as const;
export type AttachmentState = (typeof ATTACHMENT_STATES)[number];

/**
 * Pictures and files sent with a referral and offered as its 移交材料. Nothing is downloaded until
 * the sender accepts; the bytes are kept here up to ATTACHMENT_MAX_BYTES, larger ones only listed.
 */
export const referralAttachments = sqliteTable(
  'referral_attachments',
  {
    id: text('id').primaryKey(),
    /** The draft it was offered for; the referral sent from that draft lists it. */
    draftId: text('draft_id').notNull(),
    senderOpenId: text('sender_open_id').notNull(),
    chatId: text('chat_id').notNull(),
    /** The Lark message that carried it, and its key there (image_key or file_key). */
    messageId: text('message_id').notNull(),
    resourceKey: text('resource_key').notNull(),
    kind: text('kind', { enum: ['image', 'file'] }).notNull(),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    status: text('status', { enum: ATTACHMENT_STATES }).notNull(),
    content: blob('content', { mode: 'buffer' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('referral_attachments_resource').on(t.messageId, t.resourceKey),
    index('referral_attachments_draft').on(t.draftId, t.createdAt),
  ],
);
