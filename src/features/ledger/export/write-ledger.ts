import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../../store/db.js';
import { DRAWS, REFERRALS } from './case-sheets.js';
import type { LedgerRange } from './ledger-range.js';
import { PLANS, SPECIALS } from './ledger-sheets.js';
import { OUTREACH, WARNINGS } from './prevention-sheets.js';

const SHEETS = [PLANS, SPECIALS, REFERRALS, DRAWS, WARNINGS, OUTREACH];

/** False on Workers, where `exceljs` is a stub (wrangler.toml). */
export const spreadsheetsAvailable = !('unavailable' in ExcelJS);
const PAGE = 1000;

/**
 * The ledger as an .xlsx written into `out` as it is read: one page of rows from the database at a
 * time into exceljs's streaming writer, each row committed (flushed) as it is added. Node only: this
 * module is loaded on demand and never reaches the Workers bundle. Without styles (no bold header):
 * writing styles costs more than twice the time of the rows themselves.
 */
export async function writeLedger(
  db: Database,
  range: LedgerRange,
  bureau: string,
  out: Writable,
): Promise<Record<string, number>> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = bureau;
  wb.title = `执法台账 ${range.from} 至 ${range.to}`;
  const counts: Record<string, number> = {};
  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).commit();
    let after = 0;
    let n = 0;
    for (;;) {
      const { rows, last } = await sheet.page(db, range, after, PAGE);
      for (const row of rows) ws.addRow(row).commit();
      n += rows.length;
      if (rows.length < PAGE) break;
      after = last;
    }
    counts[sheet.name] = n;
    ws.commit();
  }
  await wb.commit();
  return counts;
}
