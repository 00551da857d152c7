/** The bureau's numbers for leaders, computed from plain rows. Pure. */
export { approvalTimes, median, quietExceptions } from './approvals.js';
export { drawCounts } from './draws.js';
export { computeStats, type StatsQuery, type StatsRows } from './compute.js';
export {
  EXEMPTION_NOT_GIVEN,
  onSiteFigures,
  onSiteIn,
  positiveListVisits,
  quietVisits,
  repeatVisits,
} from './inspections.js';
export { monthPeriod, monthsOf, tally, within, yearPeriod } from './period.js';
export { casesByStage, receivedIn, referralCounts } from './referrals.js';
export * from './types.js';
