/** 三（二）加强执法监督 as pure functions: what is late, too frequent or irregular, and who hears of it. */
export { supervisionReport, type ReportOptions } from './report.js';
export { supervisionRecipients, SUPERVISION_SECTION } from './recipients.js';
export { weekOf } from './week.js';
export type * from './types.js';
