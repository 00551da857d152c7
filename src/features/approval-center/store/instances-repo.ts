import { asc, eq, gte } from 'drizzle-orm';
import { approvalCenterInstances } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type InstanceRow = typeof approvalCenterInstances.$inferSelect;

/** The next `update_time` of the request's instance: now, or one past the last when the clock lags. */
export async function nextUpdateTime(db: Reader, requestId: string, nowMs: number): Promise<number> {
  const [row] = await db
    .select({ updateTime: approvalCenterInstances.updateTime })
    .from(approvalCenterInstances)
    .where(eq(approvalCenterInstances.requestId, requestId));
  return Math.max(nowMs, (row?.updateTime ?? 0) + 1);
}

export async function saveInstance(tx: Tx, row: InstanceRow): Promise<void> {
  await tx
    .insert(approvalCenterInstances)
    .values(row)
    .onConflictDoUpdate({
      target: approvalCenterInstances.requestId,
      set: { updateTime: row.updateTime, payload: row.payload, changedAt: row.changedAt },
    });
}

/** Instances queued since `since`, oldest first: what the periodic check compares with the center. */
export function changedSince(db: Reader, since: string): Promise<InstanceRow[]> {
  return db
    .select()
    .from(approvalCenterInstances)
    .where(gte(approvalCenterInstances.changedAt, since))
    .orderBy(asc(approvalCenterInstances.changedAt));
}

export async function instanceOf(db: Reader, requestId: string): Promise<InstanceRow | undefined> {
  const [row] = await db
    .select()
    .from(approvalCenterInstances)
    .where(eq(approvalCenterInstances.requestId, requestId));
  return row;
}
