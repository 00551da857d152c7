import { and, eq, sql } from 'drizzle-orm';
import { inspectionDayCounts, inspectionYearCounts, inspections } from '../../db/schema/index.js';
import { dayCounts, enterpriseYearCounts, type CountedVisit } from '../domain/inspections/index.js';
import type { Database, Tx } from './db.js';

/** Where a visit is counted: its enterprise's year and its day's unit and type. */
export interface VisitKey {
  year: number;
  uscc: string;
  date: string;
  unitId: string;
  type: string;
}

const i = inspections;
const y = inspectionYearCounts;
const d = inspectionDayCounts;

const visitColumns = {
  requestId: i.requestId,
  uscc: i.uscc,
  year: i.year,
  date: i.date,
  unitId: i.unitId,
  type: i.type,
  onSite: i.onSite,
  status: i.status,
};

/**
 * Counts again, from `inspections`, every enterprise-year and day that `keys` touch: called in the
 * transaction of each write that adds a visit or changes what counts of one (status, day). A recount
 * of the few rows a key covers, not a +1/-1, so a count can never drift from the visits it sums.
 */
export async function recountVisits(tx: Tx, keys: readonly VisitKey[]): Promise<void> {
  const years = new Map<number, Set<string>>();
  for (const k of keys) years.set(k.year, (years.get(k.year) ?? new Set()).add(k.uscc));
  for (const [year, set] of years) {
    const usccs = JSON.stringify([...set]);
    const inUsccs = sql`IN (SELECT value FROM json_each(${usccs}))`;
    const visits: CountedVisit[] = await tx
      .select(visitColumns)
      .from(i)
      .where(and(eq(i.year, year), sql`${i.uscc} ${inUsccs}`));
    await tx.delete(y).where(and(eq(y.year, year), sql`${y.uscc} ${inUsccs}`));
    const rows = enterpriseYearCounts(visits);
    if (rows.length > 0) await tx.insert(y).values(rows);
  }
  const days = new Map(keys.map((k) => [[k.year, k.date, k.unitId, k.type].join('\u0000'), k]));
  for (const k of days.values()) {
    const at = (t: typeof i | typeof d) =>
      and(eq(t.year, k.year), eq(t.unitId, k.unitId), eq(t.type, k.type), eq(t.date, k.date));
    const visits: CountedVisit[] = await tx.select(visitColumns).from(i).where(at(i));
    await tx.delete(d).where(at(d));
    const rows = dayCounts(visits);
    if (rows.length > 0) await tx.insert(d).values(rows);
  }
}

/** Columns the counts read; a patch touching none of them (feedback, reminders) leaves every count as it was. */
const COUNTED_COLUMNS = ['year', 'uscc', 'date', 'unitId', 'type', 'onSite'] as const;

/** Whether a patch to a visit can change a count: it cancels the visit, or moves it to another day or key. */
export function movesCounts(patch: { status?: string | null } & Partial<Record<string, unknown>>): boolean {
  return patch.status === 'cancelled' || COUNTED_COLUMNS.some((column) => patch[column] !== undefined);
}

/** Where the visit with this code is counted now (read before and after a write that may move it). */
export async function visitKeyOf(tx: Tx, code: string): Promise<VisitKey | undefined> {
  const [row] = await tx
    .select({ year: i.year, uscc: i.uscc, date: i.date, unitId: i.unitId, type: i.type })
    .from(i)
    .where(eq(i.code, code))
    .limit(1);
  return row;
}

/**
 * The counts of every visit, in SQL: the rule of src/domain/inspections/counts.ts, which a test holds
 * equal. The migration that added the tables back-fills them with these statements word for word, and
 * bulk loaders that write visits by SQL call `rebuildVisitCounts`.
 */
export const RECOUNT_YEARS = `SELECT year, uscc, count(*) AS visits, sum(on_site) AS on_site,
  sum(on_site AND type IN ('complaint', 'referral', 'monitoring', 'enterprise-request')) AS on_site_exempt,
  max(request_id) AS last_request_id, max(CASE WHEN on_site THEN date END) AS last_on_site
FROM inspections WHERE status <> 'cancelled' GROUP BY year, uscc`;

export const RECOUNT_DAYS = `SELECT year, date, unit_id, type, count(*) AS on_site
FROM inspections WHERE on_site = 1 AND status <> 'cancelled' GROUP BY year, date, unit_id, type`;

export const BACK_FILL = [
  `INSERT INTO inspection_year_counts (year, uscc, visits, on_site, on_site_exempt, last_request_id, last_on_site)
${RECOUNT_YEARS}`,
  `INSERT INTO inspection_day_counts (year, date, unit_id, type, on_site)
${RECOUNT_DAYS}`,
];

export async function rebuildVisitCounts(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(y);
    await tx.delete(d);
    for (const statement of BACK_FILL) await tx.run(sql.raw(statement));
  });
}
