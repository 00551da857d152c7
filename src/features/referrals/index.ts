/** What other features, pages and the scheduler use from clue referrals (附件3, 第8、14、15条). */
export { registerReferrals } from './register.js';
export { getReferralForForm, type FormAttachment, type FormEntry, type ReferralForm } from './export/form.js';
export { getReferralAttachment } from './export/attachment.js';
export { listReferralStats, type ReferralStatsRow } from './export/stats.js';
export { overdueReferralsJob, remindOverdueReferrals } from './service/remind-overdue.js';
export { submitPrefilled, type PrefilledReferral } from './service/refer.js';
export { renewAgingReferralCards, renewReferralCardsJob } from './service/renew-cards.js';
export type { ReferralEvent, ReferralView } from './view.js';
export { ReferralSheet } from './pages/referral-sheet.js';
