import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Where a 预警提醒 (第1条) stands: sent to the enterprise, then followed by its county branch. */
export const WARNING_STATES = ['sent', 'acknowledged', 'resolved', 'escalated'] as const;

/** A 预警提醒 to an enterprise at risk, found by a monitoring platform (第1条). */
export const warnings = sqliteTable(
  'warnings',
  {
    /** YJ-2026-0001 */
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: text('status', { enum: WARNING_STATES }).notNull(),
    channel: text('channel', { enum: ['chat', 'api'] }).notNull(),
    unitId: text('unit_id').notNull(),
    unitName: text('unit_name').notNull(),
    senderOpenId: text('sender_open_id').notNull(),
    senderName: text('sender_name').notNull(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    county: text('county').notNull(),
    /** The county branch that follows the warning; null when no branch covers the county. */
    branchId: text('branch_id'),
    source: text('source').notNull(),
    risk: text('risk').notNull(),
    advice: text('advice').notNull(),
    /** An earlier warning on the same risk within 30 days that the sender chose to repeat. */
    repeatOf: text('repeat_of'),
    /** The referral (附件3) it was escalated into; the referral's materials name this warning. */
    referralId: text('referral_id').unique(),
    note: text('note'),
    sentAt: text('sent_at').notNull(),
    /** The bureau's day it was sent, for the 30-day repeat check and the statistics. */
    sentOn: text('sent_on').notNull(),
    acknowledgedAt: text('acknowledged_at'),
    closedAt: text('closed_at'),
    closedByName: text('closed_by_name'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('warnings_number').on(t.year, t.seq),
    index('warnings_enterprise').on(t.uscc, t.sentOn),
    index('warnings_status').on(t.status, t.sentOn),
  ],
);

/** A 送法入企 activity a county branch held (第2条). */
export const outreachActivities = sqliteTable(
  'outreach_activities',
  {
    /** PF-2026-0001 */
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    channel: text('channel', { enum: ['chat', 'api'] }).notNull(),
    unitId: text('unit_id').notNull(),
    unitName: text('unit_name').notNull(),
    date: text('date').notNull(),
    /** OutreachForm of the domain. */
    form: text('form').notNull(),
    topic: text('topic').notNull(),
    team: text('team', { mode: 'json' }).$type<string[]>().notNull(),
    recordedByOpenId: text('recorded_by_open_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('outreach_number').on(t.year, t.seq), index('outreach_date').on(t.date)],
);

/** The enterprises an activity reached. */
export const outreachEnterprises = sqliteTable(
  'outreach_enterprises',
  {
    activityId: text('activity_id').notNull(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    county: text('county').notNull(),
    /** The activity's date, so coverage reads one table. */
    date: text('date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.uscc] }),
    index('outreach_enterprises_uscc').on(t.uscc, t.date),
  ],
);

/** One row per monthly coverage reminder sent to a branch head, so a month is reminded once. */
export const outreachReminders = sqliteTable(
  'outreach_reminders',
  {
    unitId: text('unit_id').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    sentAt: text('sent_at').notNull(),
    missing: integer('missing').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month] })],
);
