import { addWorkingDays } from '../draws/publication.js';
import { DEFAULT_FOLLOW_UP_LIMITS, type FollowUpLimits } from '../follow-up-limits.js';
import type { InspectionRecord } from './record.js';

/** Local settings, not the scheme's words: how long a result and a feedback may wait. */
export interface InspectionReminderSettings {
  resultAfterWorkingDays: number;
  feedbackAfterWorkingDays: number;
}

/** The bureau's follow-up limits, so reminders and supervision agree on what is late. */
export function reminderSettingsOf(limits: FollowUpLimits): InspectionReminderSettings {
  return {
    resultAfterWorkingDays: limits.resultWorkingDays,
    feedbackAfterWorkingDays: limits.feedbackWorkingDays,
  };
}

export const DEFAULT_INSPECTION_REMINDERS: InspectionReminderSettings =
  reminderSettingsOf(DEFAULT_FOLLOW_UP_LIMITS);

export type ReminderStep = 'result' | 'feedback';

/** The inspectors, then the unit head: after that the step is left to supervision. */
export const MAX_REMINDERS = 2;

export interface DueReminder {
  step: ReminderStep;
  /** The day the step fell due. */
  due: string;
  /** The inspectors first; the unit head once the same number of working days has passed again. */
  to: 'inspectors' | 'head';
}

/** The step an open inspection waits for, and the day it waits from. */
export function waitingStep(rec: InspectionRecord): { step: ReminderStep; since: string } | null {
  if (rec.status === 'planned') return { step: 'result', since: rec.to };
  if (rec.status === 'done' && rec.result) return { step: 'feedback', since: rec.result.date };
  return null;
}

/**
 * The reminder to send today, if any. Days are working days (Mon–Fri, as for publication): the first
 * reminder goes to the inspectors N working days after the last date (or the result), the second to
 * the unit head N more working days later; then it is left to supervision. One per day at most.
 */
export function dueReminder(
  rec: InspectionRecord,
  today: string,
  settings: InspectionReminderSettings,
): DueReminder | null {
  const waiting = waitingStep(rec);
  if (!waiting || rec.reminders >= MAX_REMINDERS) return null;
  const days =
    waiting.step === 'result' ? settings.resultAfterWorkingDays : settings.feedbackAfterWorkingDays;
  const due = addWorkingDays(waiting.since, days);
  const when = rec.reminders === 0 ? due : addWorkingDays(due, days);
  if (today < when) return null;
  if (rec.lastRemindedOn && rec.lastRemindedOn >= today) return null;
  return { step: waiting.step, due, to: rec.reminders === 0 ? 'inspectors' : 'head' };
}
