import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  openId: text('open_id').notNull().unique(),
  name: text('name').notNull(),
  title: text('title').notNull(),
});

export const units = sqliteTable('units', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['section', 'branch'] }).notNull(),
  level: text('level', { enum: ['city', 'county'] }).notNull(),
  head: text('head').notNull(),
  supervisor: text('supervisor'),
  county: text('county'),
  members: text('members', { mode: 'json' }).$type<string[]>().notNull(),
  officers: text('officers', { mode: 'json' }).$type<string[]>(),
});

/** Singleton rows: bureau name and the director's person id. */
export const directoryMeta = sqliteTable('directory_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const enterprises = sqliteTable('enterprises', {
  uscc: text('uscc').primaryKey(),
  name: text('name').notNull().unique(),
  shortName: text('short_name'),
  county: text('county').notNull(),
  industry: text('industry').notNull(),
  keyPolluter: integer('key_polluter', { mode: 'boolean' }).notNull(),
  positiveList: integer('positive_list', { mode: 'boolean' }).notNull(),
  positiveListFrom: text('positive_list_from'),
  positiveListTo: text('positive_list_to'),
  majorProblem: integer('major_problem', { mode: 'boolean' }).notNull().default(false),
  /** 重点企业 (第2条). */
  key: integer('key', { mode: 'boolean' }).notNull().default(false),
  /** 规模以上工业企业 and the like, as quiet-period notices name them. */
  categories: text('categories', { mode: 'json' }).$type<string[]>(),
});

export const quietPeriods = sqliteTable('quiet_periods', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  jurisdiction: text('jurisdiction').notNull(),
  scope: text('scope', { enum: ['citywide', 'county', 'enterprises'] }).notNull(),
  enterprises: text('enterprises', { mode: 'json' }).$type<string[]>(),
  /** The file's own id for the period, given to other systems (GET /api/v1/quiet-periods). */
  ref: text('ref'),
  /** A one-range period's dates; a recurring period's validity, open when null. */
  from: text('from_date'),
  to: text('to_date'),
  monthly: text('monthly', { mode: 'json' }).$type<{ fromDay: number; toDay: number }>(),
  weekly: text('weekly', { mode: 'json' }).$type<{ days: number[] }>(),
  ranges: text('ranges', { mode: 'json' }).$type<{ from: string; to: string }[]>(),
  categories: text('categories', { mode: 'json' }).$type<string[]>(),
  exemptions: text('exemptions', { mode: 'json' }).$type<string[]>(),
  basis: text('basis').notNull(),
});
