import { and, asc, desc, eq, gte, inArray, lte, max, type SQL } from 'drizzle-orm';
import { warnings } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type WarningRow = typeof warnings.$inferSelect;
export type NewWarningRow = typeof warnings.$inferInsert;
export type WarningStatus = WarningRow['status'];

export async function nextWarningSeq(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(warnings.seq) })
    .from(warnings)
    .where(eq(warnings.year, year));
  return (row?.seq ?? 0) + 1;
}

export async function insertWarning(tx: Tx, row: NewWarningRow): Promise<void> {
  await tx.insert(warnings).values(row);
}

export async function findWarning(db: Reader, id: string): Promise<WarningRow | undefined> {
  const [row] = await db.select().from(warnings).where(eq(warnings.id, id));
  return row;
}

/** Warnings to one enterprise sent on or after `since`, newest first. */
export function warningsSince(db: Reader, uscc: string, since: string): Promise<WarningRow[]> {
  return db
    .select()
    .from(warnings)
    .where(and(eq(warnings.uscc, uscc), gte(warnings.sentOn, since)))
    .orderBy(desc(warnings.sentAt), desc(warnings.id));
}

export function listWarnings(
  db: Reader,
  filter: { uscc?: string; status?: WarningStatus },
): Promise<WarningRow[]> {
  const where: SQL[] = [];
  if (filter.uscc) where.push(eq(warnings.uscc, filter.uscc));
  if (filter.status) where.push(eq(warnings.status, filter.status));
  return db
    .select()
    .from(warnings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(warnings.sentAt), desc(warnings.id));
}

/** Moves a warning on only from the states named; false when someone else moved it first. */
export async function updateWarningIf(
  tx: Tx,
  id: string,
  from: readonly WarningStatus[],
  patch: Partial<NewWarningRow>,
): Promise<boolean> {
  const rows = await tx
    .update(warnings)
    .set(patch)
    .where(and(eq(warnings.id, id), inArray(warnings.status, [...from])))
    .returning({ id: warnings.id });
  return rows.length === 1;
}

/** Warnings sent within a period (bureau days, inclusive), for the statistics. */
export function warningsBetween(db: Reader, from: string, to: string): Promise<WarningRow[]> {
  return db
    .select()
    .from(warnings)
    .where(and(gte(warnings.sentOn, from), lte(warnings.sentOn, to)));
}

/** Warnings still to be followed by any of the branches, oldest first. */
export function openWarningsOfBranches(db: Reader, branchIds: readonly string[]): Promise<WarningRow[]> {
  if (branchIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(warnings)
    .where(
      and(inArray(warnings.branchId, [...branchIds]), inArray(warnings.status, ['sent', 'acknowledged'])),
    )
    .orderBy(asc(warnings.sentAt), asc(warnings.id));
}
