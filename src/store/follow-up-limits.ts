import { inArray } from 'drizzle-orm';
import { settings } from '../../db/schema/index.js';
import { FOLLOW_UP_LIMIT_KEYS, followUpLimits, type FollowUpLimits } from '../domain/follow-up-limits.js';
import type { Reader } from './store.js';

/** The follow-up deadlines with the `settings` table's overrides (see src/domain/follow-up-limits.ts). */
export async function loadFollowUpLimits(db: Reader): Promise<FollowUpLimits> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(FOLLOW_UP_LIMIT_KEYS)));
  return followUpLimits(new Map(rows.map((row) => [row.key, row.value])));
}
