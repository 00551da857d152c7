import { inArray } from 'drizzle-orm';
import { settings } from '../../../../db/schema/index.js';
import {
  DEFAULT_INSPECTION_REMINDERS,
  type InspectionReminderSettings,
} from '../../../domain/inspections/index.js';
import type { Reader } from '../../../store/db.js';

const KEYS = {
  result: 'inspections.resultRemindAfterWorkingDays',
  feedback: 'inspections.feedbackRemindAfterWorkingDays',
} as const;

/** A stored value that is not a whole number of at least one day is ignored, never a switch-off. */
function days(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) && n >= 1 ? n : fallback;
}

export async function loadReminderSettings(db: Reader): Promise<InspectionReminderSettings> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(KEYS)));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const d = DEFAULT_INSPECTION_REMINDERS;
  return {
    resultAfterWorkingDays: days(stored.get(KEYS.result), d.resultAfterWorkingDays),
    feedbackAfterWorkingDays: days(stored.get(KEYS.feedback), d.feedbackAfterWorkingDays),
  };
}
