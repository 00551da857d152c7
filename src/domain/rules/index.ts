/** The scheme's rules (长环发〔2025〕36号) as one pure module: no I/O, no clock, no local time zone. */
export { evaluateInspection } from './evaluate.js';
export { explainDecision } from './explain.js';
export {
  coveringPeriods,
  periodCovers,
  periodsOfPlace,
  quietPeriodsHitting,
  type QuietPeriodHit,
} from './quiet-periods.js';
export {
  calendarDays,
  dayRuns,
  describePeriod,
  isQuietDay,
  periodDays,
  recurrenceText,
  validity,
  type CalendarDay,
} from './quiet-calendar.js';
export { claimedExemption, noticeExemptions } from './quiet-rule.js';
export { isCapExempt, isOnSite } from './methods.js';
export { isUnlinkedSpecialPlan } from './special-plan.js';
export { listedDuring } from './positive-list.js';
export { countedVisits, visitsText } from './caps.js';
export { jointWindow } from './joint.js';
export { CHAIN_ROLE_LABELS, chainRoleLabel, levelOfUnit } from './directory.js';
export {
  addDays,
  daysBetween,
  distanceDays,
  eachDay,
  intersect,
  isCalendarDate,
  rangeLength,
  yearOf,
  type DateRange,
} from './dates.js';
export * from './types.js';
export {
  CALENDAR_HORIZON_DAYS,
  eventDescription,
  QUIET_CALENDAR_SUMMARY,
  quietEvents,
  type QuietEvent,
} from './quiet-calendar-events.js';
