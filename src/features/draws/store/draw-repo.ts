import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, max } from 'drizzle-orm';
import { approvalRequests, drawItems, draws } from '../../../../db/schema/index.js';
import type { DrawInput, DrawnPool } from '../../../domain/draws/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type DrawRow = typeof draws.$inferSelect;
export type NewDrawRow = typeof draws.$inferInsert;
export type ItemRow = typeof drawItems.$inferSelect;
export type NewItemRow = typeof drawItems.$inferInsert;

export async function nextDrawSeq(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(draws.seq) })
    .from(draws)
    .where(eq(draws.year, year));
  return (row?.seq ?? 0) + 1;
}

export async function drawIdForForm(db: Reader, formRef: string): Promise<string | undefined> {
  const [row] = await db.select({ id: draws.id }).from(draws).where(eq(draws.formRef, formRef));
  return row?.id;
}

/** The unit's draws whose period overlaps [from, to], with their enterprise pools, oldest first. */
export async function drawnPools(db: Reader, unitId: string, from: string, to: string): Promise<DrawnPool[]> {
  const rows = await db
    .select({ id: draws.id, unitId: draws.unitId, from: draws.from, to: draws.to, input: draws.input })
    .from(draws)
    .where(and(eq(draws.unitId, unitId), lte(draws.from, to), gte(draws.to, from)))
    .orderBy(asc(draws.createdAt), asc(draws.id));
  return rows.map(({ input, ...row }) => ({ ...row, enterprises: (input as DrawInput).enterprises }));
}

export async function insertDraw(tx: Tx, draw: NewDrawRow, items: NewItemRow[]): Promise<void> {
  await tx.insert(draws).values(draw);
  if (items.length > 0) await tx.insert(drawItems).values(items);
}

export async function findDraw(db: Reader, id: string): Promise<DrawRow | undefined> {
  const [row] = await db.select().from(draws).where(eq(draws.id, id));
  return row;
}

export async function itemsOf(db: Reader, drawId: string): Promise<ItemRow[]> {
  return db.select().from(drawItems).where(eq(drawItems.drawId, drawId)).orderBy(asc(drawItems.idx));
}

/** Approval status of each filed plan, read from the approvals feature's table. */
export async function planStatuses(db: Reader, requestIds: string[]): Promise<Map<string, string>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select({ id: approvalRequests.id, status: approvalRequests.status })
    .from(approvalRequests)
    .where(inArray(approvalRequests.id, requestIds));
  return new Map(rows.map((row) => [row.id, row.status]));
}

/** Filed items whose result is not yet public, oldest draw first. */
export async function unpublishedItems(db: Reader): Promise<{ draw: DrawRow; item: ItemRow }[]> {
  const rows = await db
    .select({ draw: draws, item: drawItems })
    .from(drawItems)
    .innerJoin(draws, eq(draws.id, drawItems.drawId))
    .where(and(eq(drawItems.filing, 'filed'), isNull(drawItems.publishedAt)))
    .orderBy(asc(draws.createdAt), asc(drawItems.idx));
  return rows;
}

/** Draws whose inspection period ended before `today`, newest first: their secrets may be shown. */
export async function endedDraws(db: Reader, today: string): Promise<DrawRow[]> {
  return db.select().from(draws).where(lt(draws.to, today)).orderBy(desc(draws.createdAt), desc(draws.id));
}

/** Published results, newest first. */
export async function publishedItems(db: Reader): Promise<{ draw: DrawRow; item: ItemRow }[]> {
  return db
    .select({ draw: draws, item: drawItems })
    .from(drawItems)
    .innerJoin(draws, eq(draws.id, drawItems.drawId))
    .where(isNotNull(drawItems.publishedAt))
    .orderBy(desc(drawItems.publishedAt), asc(drawItems.drawId), asc(drawItems.idx));
}

/** Sets the result on an item still unpublished; false when someone published it first. */
export async function publishItem(
  tx: Tx,
  drawId: string,
  idx: number,
  patch: Pick<
    NewItemRow,
    'outcome' | 'note' | 'inspectedOn' | 'recordedByOpenId' | 'recordedByName' | 'publishedAt'
  >,
): Promise<boolean> {
  const rows = await tx
    .update(drawItems)
    .set(patch)
    .where(and(eq(drawItems.drawId, drawId), eq(drawItems.idx, idx), isNull(drawItems.publishedAt)))
    .returning({ idx: drawItems.idx });
  return rows.length === 1;
}

export async function markReminded(tx: Tx, drawId: string, idxs: number[], at: string): Promise<void> {
  await tx
    .update(drawItems)
    .set({ remindedAt: at })
    .where(and(eq(drawItems.drawId, drawId), inArray(drawItems.idx, idxs), isNull(drawItems.remindedAt)));
}
