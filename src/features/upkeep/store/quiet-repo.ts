import { eq } from 'drizzle-orm';
import { quietPeriods } from '../../../../db/schema/index.js';
import { quietPeriodOf, quietPeriodRow } from '../../../directory/directory-repo.js';
import type { QuietPeriod } from '../../../domain/org.js';
import type { Reader } from '../../../store/store.js';
import type { Tx } from '../../../store/db.js';

/** A period with the id of its row, which chat uses to end or remove it. */
export interface QuietRow {
  rowId: number;
  period: QuietPeriod;
}

export async function listQuietRows(db: Reader): Promise<QuietRow[]> {
  const rows = await db.select().from(quietPeriods).orderBy(quietPeriods.id);
  return rows.map((r) => ({ rowId: r.id, period: quietPeriodOf(r) }));
}

export async function findQuietRow(db: Reader, rowId: number): Promise<QuietRow | undefined> {
  const [row] = await db.select().from(quietPeriods).where(eq(quietPeriods.id, rowId));
  return row ? { rowId: row.id, period: quietPeriodOf(row) } : undefined;
}

/**
 * Adds a period entered in chat. Its id for other systems is `QP-C<row>`: the file's periods are
 * QP-1, QP-2 … by position, which a row number could repeat.
 */
export async function insertQuietPeriod(tx: Tx, period: QuietPeriod): Promise<QuietRow> {
  const [row] = await tx
    .insert(quietPeriods)
    .values(quietPeriodRow(period))
    .returning({ id: quietPeriods.id });
  const rowId = row?.id ?? 0;
  const id = period.id ?? `QP-C${rowId}`;
  if (!period.id) await tx.update(quietPeriods).set({ ref: id }).where(eq(quietPeriods.id, rowId));
  return { rowId, period: { ...period, id } };
}

export async function setQuietPeriodEnd(tx: Tx, rowId: number, to: string): Promise<void> {
  await tx.update(quietPeriods).set({ to }).where(eq(quietPeriods.id, rowId));
}

export async function deleteQuietPeriod(tx: Tx, rowId: number): Promise<void> {
  await tx.delete(quietPeriods).where(eq(quietPeriods.id, rowId));
}
