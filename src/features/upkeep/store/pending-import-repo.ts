import { and, eq, gt, lt } from 'drizzle-orm';
import { pendingImports } from '../../../../db/schema/index.js';
import type { Tx } from '../../../store/db.js';

export type PendingImportRow = typeof pendingImports.$inferSelect;

/** How long a row outlives its expiry, so a late click is told 已导入 or 已过期 rather than 找不到. */
const KEPT_AFTER_EXPIRY_MS = 24 * 3600_000;

/** Stores a checked sheet; rows expired a day before go, with the records they held. */
export async function insertPendingImport(tx: Tx, row: typeof pendingImports.$inferInsert): Promise<void> {
  const stale = new Date(new Date(row.createdAt).getTime() - KEPT_AFTER_EXPIRY_MS).toISOString();
  await tx.delete(pendingImports).where(lt(pendingImports.expiresAt, stale));
  await tx.insert(pendingImports).values(row);
}

/**
 * Moves a waiting import to `to` if the token, the file's hash and the sender match and it has not
 * expired: one UPDATE, so of two clicks only one gets the row back.
 */
export async function claimPendingImport(
  tx: Tx,
  q: { token: string; sha256: string; openId: string; at: string; to: 'applied' | 'cancelled' },
): Promise<PendingImportRow | undefined> {
  const [row] = await tx
    .update(pendingImports)
    .set({ status: q.to, decidedAt: q.at })
    .where(
      and(
        eq(pendingImports.token, q.token),
        eq(pendingImports.sha256, q.sha256),
        eq(pendingImports.openId, q.openId),
        eq(pendingImports.status, 'pending'),
        gt(pendingImports.expiresAt, q.at),
      ),
    )
    .returning();
  return row;
}

export async function loadPendingImport(tx: Tx, token: string): Promise<PendingImportRow | undefined> {
  const [row] = await tx.select().from(pendingImports).where(eq(pendingImports.token, token)).limit(1);
  return row;
}
