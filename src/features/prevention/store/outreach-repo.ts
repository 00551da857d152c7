import { and, asc, eq, gte, lte, max } from 'drizzle-orm';
import { outreachActivities, outreachEnterprises, outreachReminders } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type ActivityRow = typeof outreachActivities.$inferSelect;
export type NewActivityRow = typeof outreachActivities.$inferInsert;
export type ReachedRow = typeof outreachEnterprises.$inferSelect;

export async function nextActivitySeq(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(outreachActivities.seq) })
    .from(outreachActivities)
    .where(eq(outreachActivities.year, year));
  return (row?.seq ?? 0) + 1;
}

export async function insertActivity(
  tx: Tx,
  activity: NewActivityRow,
  reached: Omit<ReachedRow, 'activityId' | 'date'>[],
): Promise<void> {
  await tx.insert(outreachActivities).values(activity);
  await tx
    .insert(outreachEnterprises)
    .values(reached.map((r) => ({ ...r, activityId: activity.id, date: activity.date })));
}

export async function findActivity(db: Reader, id: string): Promise<ActivityRow | undefined> {
  const [row] = await db.select().from(outreachActivities).where(eq(outreachActivities.id, id));
  return row;
}

export function reachedOf(db: Reader, activityId: string): Promise<ReachedRow[]> {
  return db.select().from(outreachEnterprises).where(eq(outreachEnterprises.activityId, activityId));
}

/** Every enterprise reached in the year, with the date, oldest first. */
export function reachedInYear(db: Reader, year: number): Promise<ReachedRow[]> {
  return db
    .select()
    .from(outreachEnterprises)
    .where(
      and(gte(outreachEnterprises.date, `${year}-01-01`), lte(outreachEnterprises.date, `${year}-12-31`)),
    )
    .orderBy(asc(outreachEnterprises.date));
}

/** The activities that reached one enterprise in the year, oldest first. */
export function activitiesReaching(db: Reader, uscc: string, year: number): Promise<ActivityRow[]> {
  return db
    .select({ activity: outreachActivities })
    .from(outreachEnterprises)
    .innerJoin(outreachActivities, eq(outreachActivities.id, outreachEnterprises.activityId))
    .where(
      and(
        eq(outreachEnterprises.uscc, uscc),
        gte(outreachEnterprises.date, `${year}-01-01`),
        lte(outreachEnterprises.date, `${year}-12-31`),
      ),
    )
    .orderBy(asc(outreachEnterprises.date))
    .then((rows) => rows.map((r) => r.activity));
}

/** Claims the month's reminder for a branch; false when it was already sent. */
export async function claimReminder(tx: Tx, row: typeof outreachReminders.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(outreachReminders)
    .values(row)
    .onConflictDoNothing()
    .returning({ unitId: outreachReminders.unitId });
  return rows.length === 1;
}
