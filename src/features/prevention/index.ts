/** What other features, pages and the scheduler use from 事前预警 and 送法入企 (第1、2、8条). */
export { registerPrevention } from './register.js';
export { coverageCounts, coverageOf, outreachOf } from './service/coverage.js';
export { remindOutreachCoverage, outreachReminderJob } from './service/remind-coverage.js';
export { warningsBetween, type WarningRow } from './store/warning-repo.js';
export { renewAgingWarningCards } from './service/warning-cards.js';
export { warningCounts } from './store/figures-repo.js';
