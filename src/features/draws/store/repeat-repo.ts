import { and, eq } from 'drizzle-orm';
import { drawRepeatRequests } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type RepeatRow = typeof drawRepeatRequests.$inferSelect;

export async function insertRepeat(tx: Tx, row: typeof drawRepeatRequests.$inferInsert): Promise<RepeatRow> {
  const [inserted] = await tx.insert(drawRepeatRequests).values(row).returning();
  if (!inserted) throw new Error('repeat request insert returned no row');
  return inserted;
}

export async function findRepeat(db: Reader, id: number): Promise<RepeatRow | undefined> {
  const [row] = await db.select().from(drawRepeatRequests).where(eq(drawRepeatRequests.id, id));
  return row;
}

/** Decides a request still pending; undefined when someone decided it first. */
export async function decideRepeat(
  tx: Tx,
  id: number,
  patch: Pick<RepeatRow, 'status' | 'decidedAt' | 'drawId'>,
): Promise<RepeatRow | undefined> {
  const [row] = await tx
    .update(drawRepeatRequests)
    .set(patch)
    .where(and(eq(drawRepeatRequests.id, id), eq(drawRepeatRequests.status, 'pending')))
    .returning();
  return row;
}

export async function repeatForForm(db: Reader, formRef: string): Promise<RepeatRow | undefined> {
  const [row] = await db.select().from(drawRepeatRequests).where(eq(drawRepeatRequests.formRef, formRef));
  return row;
}
