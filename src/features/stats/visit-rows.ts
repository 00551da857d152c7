import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
  enterprises,
  inspectionDayCounts,
  inspectionYearCounts,
  inspections,
} from '../../../db/schema/index.js';
import type { RepeatVisit, StatsPeriod } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';

const i = inspections;

/** Most enterprises the repeat-visit figure lists; the total says how many there are. */
const REPEATS_LISTED = 50;

/** Types 第3条 frees from the cap (src/domain/rules/methods.ts `isCapExempt`). */
const EXEMPT_TYPES = sql`('complaint', 'referral', 'monitoring', 'enterprise-request')`;

/** The plan years a period's visits can belong to (one year: in the index's uscc order). */
function yearsOf(period: StatsPeriod, year: AnyColumn): SQL {
  const [from, to] = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))];
  return from === to ? sql`${year} = ${from}` : sql`${year} BETWEEN ${from} AND ${to}`;
}

/** The period's on-site visits that were not cancelled, read by year. */
function visitsWhere(period: StatsPeriod, unit?: string): SQL {
  return sql`${yearsOf(period, i.year)}
      AND ${i.onSite} = 1 AND ${i.status} <> 'cancelled' AND ${i.date} BETWEEN ${period.from} AND ${period.to}
      ${unit ? sql`AND ${i.unitId} = ${unit}` : sql``}`;
}

export interface VisitRow {
  requestId: string;
  uscc: string;
  date: string;
  unitId: string;
  type: string;
  n: number;
}

const bucket = (v: { unitId: string; type: string; date: string }) =>
  `${v.unitId}\u0000${v.type}\u0000${v.date.slice(0, 7)}`;

/**
 * The period's visits as the statistics read them: by enterprise and day where a figure names the
 * enterprise (on the positive list) or the plan (found inside a quiet period, its request kept), the
 * rest folded into counts per unit, type and month with no enterprise (`InspectionRow.count`). The
 * named ones are read by the enterprise and request indexes; the rest are the year's counts per unit,
 * type and month less the named ones, so a year of a hundred thousand visits comes back as a few
 * thousand rows and is never grouped per visit.
 */
export async function foldedVisits(
  db: Database,
  period: StatsPeriod,
  flagged: readonly string[],
): Promise<VisitRow[]> {
  const e = enterprises;
  const d = inspectionDayCounts;
  const columns = sql`${i.uscc} AS uscc, ${i.date} AS date, ${i.unitId} AS unitId, ${i.type} AS type`;
  const listed = sql`SELECT ${e.uscc} FROM ${e} WHERE ${e.positiveList} = 1`;
  const byFlag =
    flagged.length > 0
      ? sql`UNION ALL SELECT ${i.requestId} AS requestId, ${columns} FROM ${i}
          WHERE ${i.requestId} IN ${flagged} AND ${i.uscc} NOT IN (${listed}) AND ${visitsWhere(period)}`
      : sql``;
  const keptRequest =
    flagged.length > 0
      ? sql`CASE WHEN ${i.requestId} IN ${flagged} THEN ${i.requestId} ELSE '' END`
      : sql`''`;
  const [packed, totals] = await Promise.all([
    // Thousands of rows come back as one JSON array: the driver's per-row cost is most of the read.
    db.all<{
      rows: string;
    }>(sql`SELECT json_group_array(json_array(requestId, uscc, date, unitId, type, n)) AS rows
      FROM (SELECT requestId, uscc, date, unitId, type, count(*) AS n FROM (
        SELECT ${keptRequest} AS requestId, ${columns} FROM ${i}
          WHERE ${i.uscc} IN (${listed}) AND ${visitsWhere(period)}
        ${byFlag}) GROUP BY 1, 2, 3, 4, 5)`),
    // The counts kept per day (src/store/visit-counts.ts), summed per month.
    db.all<VisitRow>(sql`SELECT '' AS requestId, '' AS uscc, substr(${d.date}, 1, 7) || '-01' AS date,
        ${d.unitId} AS unitId, ${d.type} AS type, sum(${d.onSite}) AS n
      FROM ${d} WHERE ${yearsOf(period, d.year)} AND ${d.date} BETWEEN ${period.from} AND ${period.to}
      GROUP BY 3, 4, 5`),
  ]);
  const named = (
    JSON.parse(packed[0]?.rows ?? '[]') as [string, string, string, string, string, number][]
  ).map(([requestId, uscc, date, unitId, type, n]): VisitRow => ({ requestId, uscc, date, unitId, type, n }));
  const namedIn = new Map<string, number>();
  for (const v of named) namedIn.set(bucket(v), (namedIn.get(bucket(v)) ?? 0) + Number(v.n));
  const rest = totals.flatMap((t) => {
    const n = Number(t.n) - (namedIn.get(bucket(t)) ?? 0);
    return n > 0 ? [{ ...t, n }] : [];
  });
  return [...named, ...rest];
}

type Repeat = { uscc: string; visits: number; exempt: number };

/** The count and the most visited, from the period's visits grouped per enterprise. */
function scannedRepeats(period: StatsPeriod, unit?: string): SQL {
  return sql`WITH g AS MATERIALIZED (
      SELECT ${i.uscc} AS uscc, count(*) AS visits, total(${i.type} IN ${EXEMPT_TYPES}) AS exempt
      FROM ${i} WHERE ${visitsWhere(period, unit)} GROUP BY ${i.uscc} HAVING count(*) > 1)
    SELECT '' AS uscc, count(*) AS visits, 0 AS exempt FROM g
    UNION ALL SELECT * FROM (SELECT uscc, visits, exempt FROM g ORDER BY visits DESC, uscc LIMIT ${REPEATS_LISTED})`;
}

/**
 * The same for a year from its first day, from the counts kept per enterprise (src/store/visit-counts.ts)
 * in the on-site index's order: an enterprise whose last on-site visit is by the period's end is
 * taken as counted; only those with one after it (a plan for after today) are counted again.
 */
function keptRepeats(period: StatsPeriod): SQL {
  const y = inspectionYearCounts;
  return sql`WITH s AS (SELECT ${y.uscc} AS uscc, ${y.onSite} AS visits, ${y.onSiteExempt} AS exempt,
        ${y.lastOnSite} AS last FROM ${y} WHERE ${yearsOf(period, y.year)} AND ${y.onSite} > 1),
    again AS MATERIALIZED (SELECT ${i.uscc} AS uscc, count(*) AS visits, total(${i.type} IN ${EXEMPT_TYPES}) AS exempt
      FROM ${i} WHERE ${i.uscc} IN (SELECT uscc FROM s WHERE last > ${period.to}) AND ${visitsWhere(period)}
      GROUP BY ${i.uscc} HAVING count(*) > 1)
    SELECT '' AS uscc, (SELECT count(*) FROM s WHERE last <= ${period.to}) + (SELECT count(*) FROM again) AS visits,
      0 AS exempt
    UNION ALL SELECT * FROM (SELECT uscc, visits, exempt FROM (
        SELECT * FROM (SELECT uscc, visits, exempt FROM s WHERE last <= ${period.to}
          ORDER BY visits DESC, uscc LIMIT ${REPEATS_LISTED})
        UNION ALL SELECT * FROM again)
      ORDER BY visits DESC, uscc LIMIT ${REPEATS_LISTED})`;
}

/** A whole year's figures, or one from 1 January, for the bureau: what the kept counts answer. */
function fromYearStart(period: StatsPeriod, unit?: string): boolean {
  const year = period.from.slice(0, 4);
  return !unit && period.from === `${year}-01-01` && period.to.slice(0, 4) === year;
}

/**
 * Enterprises visited on site more than once in the period (by the unit, when given): how many, and
 * the most visited.
 */
export async function repeatedVisits(
  db: Database,
  period: StatsPeriod,
  unit?: string,
): Promise<{ total: number; top: RepeatVisit[] }> {
  const rows = await db.all<Repeat>(
    fromYearStart(period, unit) ? keptRepeats(period) : scannedRepeats(period, unit),
  );
  // The count's row has no enterprise.
  const count = rows.find((r) => r.uscc === '');
  return {
    total: Number(count?.visits ?? 0),
    top: rows
      .filter((r) => r.uscc !== '')
      .map((r) => ({
        uscc: r.uscc,
        visits: Number(r.visits),
        exempt: Number(r.exempt),
        routine: Number(r.visits) - Number(r.exempt),
      })),
  };
}
