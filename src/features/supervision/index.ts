/** What other features use from 执法监督 (三（二）) and the 第7条 disclosure figures. */
export { registerSupervision } from './register.js';
export { loadSupervisionReport, withLinks } from './service/report.js';
export { sendWeeklySupervision } from './service/weekly.js';
export { SupervisionSection } from './pages/section.js';
export { onSiteByCounty, specialResults, type SpecialResults } from './store/public-repo.js';
