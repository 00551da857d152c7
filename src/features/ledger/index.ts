/** What other code uses from the ledger export. */
export { registerLedger } from './register.js';
export { ledgerToFile } from './export/ledger-file.js';
export type { LedgerRange } from './export/ledger-range.js';
export { rangeFromQuery } from './range-input.js';
