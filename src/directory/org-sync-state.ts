import { eq, inArray, lte, and } from 'drizzle-orm';
import { settings } from '../../db/schema/index.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Reader, Store, Tx } from '../store/db.js';

/** Settings rows of the scheduled re-sync (they survive a directory import, unlike directory_meta). */
const STALE = 'org.staleAt';
const SYNCED = 'org.syncedAt';
const REPORTED = 'org.reported';

export interface SyncState {
  /** When the last contact event not yet synced arrived. */
  staleAt?: string;
  /** When the scheduled re-sync last ran. */
  syncedAt?: string;
  /** What the administrators were last told, so the same report is not sent every run. */
  reported?: string;
}

export async function readSyncState(db: Reader): Promise<SyncState> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [STALE, SYNCED, REPORTED]));
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return { staleAt: value(STALE), syncedAt: value(SYNCED), reported: value(REPORTED) };
}

/**
 * A contact event says the tenant changed. Only the first event since the last sync leaves an audit
 * record; later ones move the time forward, so a sync that read the tenant before them does not
 * clear them.
 */
export async function markStale(store: Store, eventType: string, at: Date): Promise<void> {
  await store.write(async (tx) => {
    const [before] = await tx.select().from(settings).where(eq(settings.key, STALE));
    const value = at.toISOString();
    await tx
      .insert(settings)
      .values({ key: STALE, value })
      .onConflictDoUpdate({ target: settings.key, set: { value } });
    if (!before)
      await appendAudit(tx, {
        actor: 'lark',
        action: 'directory.stale',
        entity: 'directory',
        entityId: 'contacts',
        detail: { eventType },
      });
  });
}

async function put(tx: Tx, key: string, value: string): Promise<void> {
  await tx
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } });
}

/**
 * After a scheduled run that began reading the tenant at `readAt`: the mark is cleared when nothing
 * is held back and no event came in since; `reported` is what the administrators now know.
 */
export async function recordSync(
  tx: Tx,
  opts: { readAt: Date; settled: boolean; reported?: string },
): Promise<void> {
  await put(tx, SYNCED, opts.readAt.toISOString());
  if (opts.reported !== undefined) await put(tx, REPORTED, opts.reported);
  if (opts.settled)
    await tx
      .delete(settings)
      .where(and(eq(settings.key, STALE), lte(settings.value, opts.readAt.toISOString())));
}
