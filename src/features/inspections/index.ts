/** What other features, pages and the scheduler use from the visits after approval (第6条). */
export { registerInspections } from './register.js';
export { remindOpenInspections, sendResultCards } from './service/jobs.js';
export { renewAgingInspectionCards } from './service/renew-cards.js';
export { getInspectionNotice, type InspectionNoticeData } from './pages/notice-data.js';
export { InspectionNoticeSheet } from './pages/notice-sheet.js';
