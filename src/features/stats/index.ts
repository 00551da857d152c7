/** What other features use from the statistics. */
export { registerStats } from './register.js';
export { statsReport, type StatsRequest } from './service.js';
export { buildReport, type Figure, type StatsReport } from './report.js';
export { issueLinkToken, linkSecret, readLinkToken, LINK_DAYS } from './link-token.js';
