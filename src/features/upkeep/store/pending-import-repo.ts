import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { pendingImports, settings } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type PendingImportRow = typeof pendingImports.$inferSelect;

/** How long a row outlives its expiry, so a late click is told 已导入 or 已过期 rather than 找不到. */
const KEPT_AFTER_EXPIRY_MS = 24 * 3600_000;

/** Setting: how many minutes a checked sheet waits for 确认导入. */
export const IMPORT_EXPIRY_KEY = 'imports.expiryMinutes';
export const DEFAULT_IMPORT_EXPIRY_MINUTES = 60;

/** A stored value that is not a whole number of minutes from 1 to a week is ignored. */
export async function loadImportExpiryMinutes(db: Reader): Promise<number> {
  const [row] = await db.select().from(settings).where(eq(settings.key, IMPORT_EXPIRY_KEY));
  const n = Number(row?.value);
  return row && Number.isSafeInteger(n) && n >= 1 && n <= 7 * 24 * 60 ? n : DEFAULT_IMPORT_EXPIRY_MINUTES;
}

/** Stores a checked sheet; rows expired a day before go, with the records they held. */
export async function insertPendingImport(tx: Tx, row: typeof pendingImports.$inferInsert): Promise<void> {
  const stale = new Date(new Date(row.createdAt).getTime() - KEPT_AFTER_EXPIRY_MS).toISOString();
  await tx.delete(pendingImports).where(lt(pendingImports.expiresAt, stale));
  await tx.insert(pendingImports).values(row);
}

/**
 * What a claim returns: the small columns, the card's view and the counts the click checks, read
 * inside SQLite so that a click on a 50,000-row sheet does not carry its records back.
 */
const claimed = {
  kind: pendingImports.kind,
  fileName: pendingImports.fileName,
  sha256: pendingImports.sha256,
  view: sql<string>`json_extract(${pendingImports.prepared}, '$.view')`,
  errors: sql<number>`json_array_length(${pendingImports.prepared}, '$.prepared.errors')`,
  rowErrors: sql<number>`json_array_length(${pendingImports.prepared}, '$.prepared.rowErrors')`,
  records: sql<number>`json_array_length(${pendingImports.prepared}, '$.prepared.records')`,
};

export interface ClaimedImport {
  kind: PendingImportRow['kind'];
  fileName: string;
  sha256: string;
  /** The card's view, as JSON. */
  view: string;
  errors: number;
  rowErrors: number;
  records: number;
}

/**
 * Moves a waiting import to `to` if the token, the file's hash and the sender match and it has not
 * expired: one UPDATE, so of two clicks only one gets the row back.
 */
export async function claimPendingImport(
  tx: Tx,
  q: { token: string; sha256: string; openId: string; at: string; to: 'importing' | 'cancelled' },
): Promise<ClaimedImport | undefined> {
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
    .returning(claimed);
  return row;
}

/** Ends an import the queue was applying; false when it is no longer `importing`. */
export async function finishPendingImport(tx: Tx, token: string, to: 'applied' | 'failed'): Promise<boolean> {
  const r = await tx
    .update(pendingImports)
    .set({ status: to })
    .where(and(eq(pendingImports.token, token), eq(pendingImports.status, 'importing')));
  return r.rowsAffected === 1;
}

export async function loadPendingImport(tx: Reader, token: string): Promise<PendingImportRow | undefined> {
  const [row] = await tx.select().from(pendingImports).where(eq(pendingImports.token, token)).limit(1);
  return row;
}
