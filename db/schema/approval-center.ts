import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per request kept in Feishu's approval center (src/features/approval-center): the last
 * instance queued for it, whose `update_time` the next one must exceed, and when it changed, which
 * the periodic check goes by.
 */
export const approvalCenterInstances = sqliteTable(
  'approval_center_instances',
  {
    requestId: text('request_id').primaryKey(),
    /** Strictly increasing per instance: milliseconds, or the last value plus one. */
    updateTime: integer('update_time').notNull(),
    /** The instance JSON last queued for the center. */
    payload: text('payload').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [index('approval_center_instances_changed').on(t.changedAt)],
);
