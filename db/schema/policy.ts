import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A policy answer given in chat, kept so that its card's buttons act on what was actually shown
 * (the store may change before anyone clicks) and so the questions people ask can be reviewed.
 */
export const policyAnswers = sqliteTable('policy_answers', {
  /** The Lark message id of the question. */
  id: text('id').primaryKey(),
  question: text('question').notNull(),
  /** PolicyAnswer of the domain, as shown. */
  answer: text('answer', { mode: 'json' }).notNull(),
  openId: text('open_id').notNull(),
  chatId: text('chat_id').notNull(),
  /** The bureau's day the question was asked on; its relative dates resolve against it. */
  today: text('today').notNull(),
  askedAt: text('asked_at').notNull(),
});

/** 有用 / 没用 on an answer: one row per person and answer; a change of mind updates it. */
export const policyFeedback = sqliteTable(
  'policy_feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    answerId: text('answer_id')
      .notNull()
      .references(() => policyAnswers.id),
    openId: text('open_id').notNull(),
    /** The question and answer judged, so a feedback row reads on its own. */
    question: text('question').notNull(),
    answer: text('answer', { mode: 'json' }).notNull(),
    useful: integer('useful', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('policy_feedback_once').on(t.answerId, t.openId)],
);

/**
 * Each asker's last question in a chat, as the answerer read it, so that a follow-up a few minutes
 * later (「那市级的呢？」) is read with it on whichever instance receives it.
 */
export const policyRecentQuestions = sqliteTable(
  'policy_recent_questions',
  {
    openId: text('open_id').notNull(),
    chatId: text('chat_id').notNull(),
    question: text('question').notNull(),
    askedAt: text('asked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.openId, t.chatId] })],
);
