/** The /stats link token, shared with the supervision feature's weekly card from src/pages. */
export { issueLinkToken, linkSecret, readLinkToken, LINK_DAYS } from '../../pages/stats-link.js';
