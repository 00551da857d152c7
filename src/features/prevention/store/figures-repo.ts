import { sql } from 'drizzle-orm';
import { enterprises, outreachEnterprises, warnings } from '../../../../db/schema/index.js';
import type { Reader } from '../../../store/db.js';

/** Warnings sent within a period (bureau days, inclusive) counted by source and state, for the statistics. */
export function warningCounts(
  db: Reader,
  from: string,
  to: string,
  unit?: string,
): Promise<{ source: string; status: string; n: number }[]> {
  const w = warnings;
  return db.all(sql`SELECT ${w.source} AS source, ${w.status} AS status, count(*) AS n FROM ${w}
    WHERE ${w.sentOn} BETWEEN ${from} AND ${to}
      ${unit ? sql`AND (${w.unitId} = ${unit} OR ${w.branchId} = ${unit})` : sql``}
    GROUP BY 1, 2`);
}

export interface KeyCounts {
  county: string;
  key: number;
  reached: number;
}

/**
 * 重点企业 per county and how many of them a 送法入企 activity of the year reached, counted by SQL:
 * counties in the registry's order of their first key enterprise, as the full coverage lists them.
 */
export async function keyCoverageCounts(db: Reader, year: number): Promise<KeyCounts[]> {
  const e = enterprises;
  const o = outreachEnterprises;
  const rows = await db.all<KeyCounts>(sql`SELECT ${e.county} AS county, count(*) AS key,
      total(${e.uscc} IN (SELECT ${o.uscc} FROM ${o}
        WHERE ${o.date} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`})) AS reached
    FROM ${e} WHERE ${e.key} = 1 GROUP BY ${e.county} ORDER BY min(${e}.rowid)`);
  return rows.map((r) => ({ county: r.county, key: Number(r.key), reached: Number(r.reached) }));
}
