import type { Directory } from './org.js';

/** The bot's administrators (`admins` in org.json): they keep the registry and the calendars. */
export function isAdministrator(directory: Directory, personId: string): boolean {
  return directory.admins?.includes(personId) ?? false;
}

/**
 * Who may take the ledger out: administrators, the 局长 and the 分管局长 — the people who answer
 * for every unit's records, not one unit's.
 */
export function mayExportLedger(directory: Directory, personId: string): boolean {
  return (
    isAdministrator(directory, personId) ||
    directory.director === personId ||
    directory.units.some((u) => u.supervisor === personId)
  );
}
