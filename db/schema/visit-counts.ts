import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Per enterprise and plan year, the visits that count (not cancelled), kept by every write to
 * `inspections` in the same transaction (src/store/visit-counts.ts), so supervision and statistics
 * read one row per enterprise instead of counting a year's visits. No row when none count.
 */
export const inspectionYearCounts = sqliteTable(
  'inspection_year_counts',
  {
    year: integer('year').notNull(),
    /** '' for the enterprises a plan named without a code, counted together as the visits are. */
    uscc: text('uscc').notNull(),
    visits: integer('visits').notNull(),
    onSite: integer('on_site').notNull(),
    /** On-site visits of the types 第3条 frees from the cap. */
    onSiteExempt: integer('on_site_exempt').notNull(),
    /** The latest plan with a counted visit, by number. */
    lastRequestId: text('last_request_id').notNull(),
    /** The last day of the on-site visits: a year's report up to an earlier day counts this one again. */
    lastOnSite: text('last_on_site'),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.uscc] }),
    // Each figure reads a year in an index's order (the most visited, those at their cap): a sort
    // of twenty thousand rows costs more than the figures' other reads together.
    index('inspection_year_counts_visits').on(t.year, t.visits),
    index('inspection_year_counts_on_site').on(t.year, t.onSite, t.uscc, t.lastOnSite, t.onSiteExempt),
  ],
);

/** Per plan year, day, unit and type, the counted on-site visits: the statistics' monthly totals. */
export const inspectionDayCounts = sqliteTable(
  'inspection_day_counts',
  {
    year: integer('year').notNull(),
    date: text('date').notNull(),
    unitId: text('unit_id').notNull(),
    type: text('type').notNull(),
    onSite: integer('on_site').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.date, t.unitId, t.type] })],
);
