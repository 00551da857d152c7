import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { settings } from '../../db/schema/index.js';
import { appendAudit } from './audit-repo.js';
import type { Store } from './store.js';

const known = new WeakMap<Store, Map<string, string>>();

/**
 * A random key the bot makes for itself the first time it needs one and keeps in `settings`, for
 * signing links: nothing to configure, and it never leaves the server. Another instance may create
 * it at the same moment, so everyone signs with the stored one. Once read it never changes, so each
 * process keeps it.
 */
export async function storedSecret(
  store: Store,
  key: string,
  createdAction: string,
  at = new Date().toISOString(),
): Promise<string> {
  const kept = known.get(store)?.get(key);
  if (kept) return kept;
  const [row] = await store.db.select().from(settings).where(eq(settings.key, key));
  const secret =
    row?.value ??
    (await store.write(async (tx) => {
      const inserted = await tx
        .insert(settings)
        .values({ key, value: randomBytes(32).toString('base64url') })
        .onConflictDoNothing()
        .returning();
      if (inserted.length > 0) {
        await appendAudit(
          tx,
          { actor: 'system', action: createdAction, entity: 'settings', entityId: key },
          at,
        );
      }
      const [stored] = await tx.select().from(settings).where(eq(settings.key, key));
      if (!stored) throw new Error(`${key} missing after insert`);
      return stored.value;
    }));
  const perStore = known.get(store) ?? new Map<string, string>();
  known.set(store, perStore.set(key, secret));
  return secret;
}
