import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The shared Feishu calendar 「企业安静期」 (one row, key `shared`), when LARK_QUIET_CALENDAR=1. */
export const quietCalendar = sqliteTable('quiet_calendar', {
  key: text('key').primaryKey(),
  /** Calendar v4's id; null until the first sync has made the calendar. */
  calendarId: text('calendar_id'),
  /** When a sync last brought the calendar in line (the periodic check goes by it). */
  syncedAt: text('synced_at'),
  /** A digest of the quiet periods that sync followed: a change made elsewhere (an import) shows. */
  periodsDigest: text('periods_digest'),
});

/** Each all-day event the bot keeps on it, by the run it shows (period id and first day). */
export const quietCalendarEvents = sqliteTable('quiet_calendar_events', {
  key: text('key').primaryKey(),
  eventId: text('event_id').notNull(),
  /** The run's last day: events that ended before today are history and left alone. */
  to: text('to_date').notNull(),
});
