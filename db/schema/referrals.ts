import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Where a referral stands: the reply to it (附件3), then the case stages of 第14条. */
export const REFERRAL_STATES = [
  'submitted',
  'accepted',
  'returned',
  'verifying',
  'filed',
  'investigated',
  'rectifying',
  'verified',
  'closed',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_EVENTS = [
  'submitted',
  'accepted',
  'returned',
  'verifying',
  'stage',
  'overdue',
] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENTS)[number];

/** A referral read from chat and shown back for confirmation; nothing is sent until it is confirmed. */
export const referralDrafts = sqliteTable(
  'referral_drafts',
  {
    id: text('id').primaryKey(),
    senderOpenId: text('sender_open_id').notNull(),
    /** The chat it was written in: pictures sent there soon after are offered for it. */
    chatId: text('chat_id'),
    /** ReferralDraft of the domain. */
    draft: text('draft', { mode: 'json' }).notNull(),
    /** Draft fields that were guessed and are still to be confirmed. */
    unsure: text('unsure', { mode: 'json' }).$type<string[]>().notNull(),
    /** Set once confirmed, so a second click on 确认移送 cannot send it twice. */
    referralId: text('referral_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('referral_drafts_chat').on(t.senderOpenId, t.chatId, t.updatedAt)],
);

export const referrals = sqliteTable(
  'referrals',
  {
    /** XS-2026-0001 */
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: text('status', { enum: REFERRAL_STATES }).notNull(),
    channel: text('channel', { enum: ['chat', 'api'] }).notNull(),
    draftId: text('draft_id').unique(),
    senderOpenId: text('sender_open_id').notNull(),
    senderName: text('sender_name').notNull(),
    fromUnitId: text('from_unit_id').notNull(),
    fromUnitName: text('from_unit_name').notNull(),
    /** 移送方科室/单位负责人 at the time of sending. */
    fromHeadName: text('from_head_name').notNull(),
    toUnitId: text('to_unit_id').notNull(),
    toUnitName: text('to_unit_name').notNull(),
    subjectName: text('subject_name').notNull(),
    uscc: text('uscc'),
    idNumber: text('id_number'),
    /** The registry enterprise the subject was matched to, if any. */
    enterpriseUscc: text('enterprise_uscc'),
    county: text('county'),
    source: text('source').notNull(),
    sourceNote: text('source_note'),
    violations: text('violations', { mode: 'json' }).$type<string[]>().notNull(),
    violationNote: text('violation_note'),
    description: text('description').notNull(),
    law: text('law'),
    materials: text('materials', { mode: 'json' }).$type<string[]>().notNull(),
    opinion: text('opinion').notNull(),
    coordinateUnitId: text('coordinate_unit_id'),
    coordinateText: text('coordinate_text'),
    /** Issues the sender chose to send anyway, kept with the referral. */
    warnings: text('warnings', { mode: 'json' }).$type<{ code: string; message: string }[]>().notNull(),
    /** 接收方意见 and the receiving head who gave it. */
    receiverOpinion: text('receiver_opinion'),
    receiverHeadName: text('receiver_head_name'),
    decidedAt: text('decided_at'),
    handlerPersonId: text('handler_person_id'),
    handlerOpenId: text('handler_open_id'),
    handlerName: text('handler_name'),
    /** 整改期限 (YYYY-MM-DD) while a case is being rectified. */
    deadline: text('deadline'),
    /** Bureau day of the last overdue card, so reminders go out once a day. */
    overdueNoticeOn: text('overdue_notice_on'),
    submittedAt: text('submitted_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    closedAt: text('closed_at'),
    /** The 预警提醒 (YJ-…) this referral was escalated from, shown on its cards, page and JSON. */
    warningId: text('warning_id'),
  },
  (t) => [
    uniqueIndex('referrals_number').on(t.year, t.seq),
    index('referrals_status').on(t.status, t.deadline),
    index('referrals_to_unit').on(t.toUnitId, t.submittedAt),
    index('referrals_from_unit').on(t.fromUnitId, t.submittedAt),
  ],
);

/** Every act on a referral, in order: the history shown on its cards. */
export const referralEvents = sqliteTable(
  'referral_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referralId: text('referral_id').notNull(),
    kind: text('kind', { enum: REFERRAL_EVENTS }).notNull(),
    /** The state entered (for a stage, the stage). */
    state: text('state', { enum: REFERRAL_STATES }).notNull(),
    actorOpenId: text('actor_open_id').notNull(),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    /** The stage's validated input (StageRecord.input) for kind `stage`. */
    input: text('input', { mode: 'json' }),
    at: text('at').notNull(),
  },
  (t) => [index('referral_events_referral').on(t.referralId, t.id)],
);

/** Cards sent about a referral, so each change can bring every open one up to date. */
export const referralCards = sqliteTable(
  'referral_cards',
  {
    cardRef: text('card_ref').primaryKey(),
    referralId: text('referral_id').notNull(),
    recipientOpenId: text('recipient_open_id').notNull(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    /** When the card was sent: Lark takes clicks and patches for 14 days, so an open card is renewed before. */
    sentAt: text('sent_at'),
  },
  (t) => [
    index('referral_cards_referral').on(t.referralId, t.open),
    index('referral_cards_aging').on(t.open, t.sentAt),
  ],
);
