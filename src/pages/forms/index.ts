/**
 * What features use to put a 「打印审批表」 link on their cards. Only the link: the routes import the
 * features' readers, so a feature importing them back would make a cycle.
 */
export { formLink, FORM_LINK_DAYS } from './link-token.js';
