/**
 * What features use from the printable forms: the 「打印审批表」 link for their cards and the sheet's
 * parts for their annexes. Not the routes: they import the features' sheets, so a feature importing
 * them back would make a cycle.
 */
export { formLink, FORM_LINK_DAYS } from './link-token.js';
export { AnnexTable, Row, Section, Sheet } from './sheet.js';
export { BLANK, Checks, withNote, type CheckOption } from './checks.js';
export { cnDate, cnDateTime, cnDay, cnRange } from './format.js';
