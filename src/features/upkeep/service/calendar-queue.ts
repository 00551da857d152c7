import { and, eq, lte } from 'drizzle-orm';
import { outbox } from '../../../../db/schema/index.js';
import type { Services } from '../../../app/services.js';
import { enqueue } from '../../../outbox/outbox-repo.js';
import type { Tx } from '../../../store/db.js';

/** The outbox lane of the shared calendar: its syncs run one after another. */
export const CALENDAR_LANE = 'quiet-calendar';

/**
 * Queues a sync of the shared calendar in the transaction of the change, when the bureau keeps one
 * (LARK_QUIET_CALENDAR=1). A sync reconciles the whole calendar, so a row still waiting its first
 * turn already covers this change; a row being worked or retried may have read the calendar before
 * it, so another is queued behind it. The upkeep never waits for Feishu.
 */
export async function queueCalendarSync(tx: Tx, services: Services): Promise<void> {
  if (!services.config.quietCalendar) return;
  const [waiting] = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.kind, 'calendar-sync'),
        eq(outbox.status, 'pending'),
        eq(outbox.attempts, 0),
        lte(outbox.nextAttemptAt, new Date().toISOString()),
      ),
    )
    .limit(1);
  if (waiting) return;
  await enqueue(tx, {
    kind: 'calendar-sync',
    target: CALENDAR_LANE,
    recipient: CALENDAR_LANE,
    content: '{}',
  });
}
