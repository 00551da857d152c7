import { eq } from 'drizzle-orm';
import { settings } from '../../db/schema/index.js';
import { DEFAULT_REFRESH_AFTER_DAYS, refreshCutoff, validRefreshAfterDays } from '../domain/card-age.js';
import type { Reader } from './store.js';

const REFRESH_KEY = 'cards.refreshAfterDays';

/** Days after which a card with an open action is renewed (setting `cards.refreshAfterDays`). */
export async function loadRefreshAfterDays(db: Reader): Promise<number> {
  const [row] = await db.select().from(settings).where(eq(settings.key, REFRESH_KEY));
  const days = Number(row?.value);
  return row && validRefreshAfterDays(days) ? days : DEFAULT_REFRESH_AFTER_DAYS;
}

/** Cards sent before the returned instant are due to be renewed. */
export async function cardRefreshCutoff(db: Reader, now: Date): Promise<string> {
  return refreshCutoff(now, await loadRefreshAfterDays(db));
}
