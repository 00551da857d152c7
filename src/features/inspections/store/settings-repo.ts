import { reminderSettingsOf, type InspectionReminderSettings } from '../../../domain/inspections/index.js';
import type { Reader } from '../../../store/db.js';
import { loadFollowUpLimits } from '../../../store/follow-up-limits.js';

/** The reminder days are the bureau's follow-up limits (settings `inspections.resultWorkingDays`, …). */
export async function loadReminderSettings(db: Reader): Promise<InspectionReminderSettings> {
  return reminderSettingsOf(await loadFollowUpLimits(db));
}
