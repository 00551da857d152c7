/** Reading the bureau's spreadsheets: headers, cells, dates and rows, checked against the directory. */
export { cellText, rowErrorText, type Cell, type RowError, type SheetRow } from './cells.js';
export { decodeCsv, parseCsv } from './csv.js';
export { excelSerialDate, sheetDate, sheetDateRange, type DateRange } from './dates.js';
export { headerKey, type Column } from './headers.js';
export {
  knownCounty,
  readOne,
  readSheet,
  SheetReader,
  sheetContextOf,
  type SheetContext,
  type SheetResult,
  type SheetSpec,
} from './read.js';
export { ENTERPRISE_COLUMNS, enterpriseSheet, type EnterpriseRecord } from './enterprise-sheet.js';
export { QUIET_PERIOD_COLUMNS, quietPeriodSheet, type QuietPeriodRecord } from './quiet-period-sheet.js';
export {
  POSITIVE_LIST_COLUMNS,
  findListed,
  positiveListSheet,
  type PositiveListRecord,
} from './positive-list-sheet.js';
export {
  QUIET_PATTERNS,
  readQuietEntry,
  splitExemptions,
  splitList,
  type QuietEntry,
  type QuietEntryResult,
} from './quiet-entry.js';
export { detectSheetKind, type SheetKind } from './detect.js';
