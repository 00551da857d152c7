import { and, eq } from 'drizzle-orm';
import { outbox } from '../../../../db/schema/index.js';
import type { Services } from '../../../app/services.js';
import { loadQuietPeriods } from '../../../directory/directory-repo.js';
import { calendarState } from '../store/calendar-repo.js';
import { periodsDigest } from './calendar-sync.js';
import { queueCalendarSync } from './calendar-queue.js';

/** A sync a day repairs what was changed or deleted on Feishu by hand and moves the horizon on. */
export const CHECK_EVERY_MS = 20 * 3_600_000;

/**
 * The periodic check: queues a sync when the periods changed since the last one (an import from a
 * file, say) or none ran lately, and none waits; so drift is repaired, the horizon moves on and a
 * sync that died in the outbox is tried again, without piling rows up while Feishu is down.
 */
export async function checkQuietCalendar(services: Services): Promise<boolean> {
  const { db } = services.store;
  const state = await calendarState(db);
  const changed = state.periodsDigest !== periodsDigest(await loadQuietPeriods(db));
  const due = !state.syncedAt || services.now().getTime() - Date.parse(state.syncedAt) >= CHECK_EVERY_MS;
  if (!changed && !due) return false;
  const [waiting] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.kind, 'calendar-sync'), eq(outbox.status, 'pending')))
    .limit(1);
  if (waiting) return false;
  await services.store.write((tx) => queueCalendarSync(tx, services));
  services.kickOutbox();
  return true;
}
