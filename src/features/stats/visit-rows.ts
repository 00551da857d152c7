import { sql, type SQL } from 'drizzle-orm';
import { enterprises, inspections } from '../../../db/schema/index.js';
import type { RepeatVisit, StatsPeriod } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';

const i = inspections;

/** Most enterprises the repeat-visit figure lists; the total says how many there are. */
const REPEATS_LISTED = 50;

/** Types 第3条 frees from the cap (src/domain/rules/methods.ts `isCapExempt`). */
const EXEMPT_TYPES = sql`('complaint', 'referral', 'monitoring', 'enterprise-request')`;

/** The period's on-site visits that were not cancelled, from the covering index by year. */
function visitsIn(period: StatsPeriod, unit?: string): SQL {
  return sql`SELECT ${i.uscc} AS uscc, ${i.unitId} AS unit, ${i.type} AS type, ${i.date} AS date,
      ${i.requestId} AS request
    FROM ${i}
    WHERE ${i.year} BETWEEN ${Number(period.from.slice(0, 4))} AND ${Number(period.to.slice(0, 4))}
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

/**
 * The period's visits as the statistics read them: one by one where a figure names the enterprise
 * or the plan (an enterprise on the positive list, a plan found inside a quiet period), the rest
 * folded into counts per unit, type and month with no enterprise (`InspectionRow.count`). A year of
 * a hundred thousand visits comes back as a few thousand rows.
 */
export function foldedVisits(
  db: Database,
  period: StatsPeriod,
  flagged: readonly string[],
): Promise<VisitRow[]> {
  const e = enterprises;
  const named = sql`(v.uscc IN (SELECT ${e.uscc} FROM ${e} WHERE ${e.positiveList} = 1)
    ${flagged.length > 0 ? sql`OR v.request IN ${flagged}` : sql``})`;
  // One pass: a visit a figure names keeps its enterprise, plan and day; the rest group by unit, type, month.
  const keep = (column: SQL, folded: SQL) => sql`CASE WHEN ${named} THEN ${column} ELSE ${folded} END`;
  return db.all<VisitRow>(sql`SELECT ${keep(sql`v.request`, sql`''`)} AS requestId, ${keep(sql`v.uscc`, sql`''`)} AS uscc,
      ${keep(sql`v.date`, sql`substr(v.date, 1, 7) || '-01'`)} AS date, v.unit AS unitId, v.type AS type, count(*) AS n
    FROM (${visitsIn(period)}) v GROUP BY 1, 2, 3, 4, 5`);
}

/** Enterprises visited on site more than once in the period (by the unit, when given): how many, and the most visited. */
export async function repeatedVisits(
  db: Database,
  period: StatsPeriod,
  unit?: string,
): Promise<{ total: number; top: RepeatVisit[] }> {
  const grouped = sql`SELECT v.uscc AS uscc, count(*) AS visits, total(v.type IN ${EXEMPT_TYPES}) AS exempt
    FROM (${visitsIn(period, unit)}) v GROUP BY v.uscc HAVING count(*) > 1`;
  const [count] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (${grouped})`);
  const top = await db.all<{ uscc: string; visits: number; exempt: number }>(
    sql`${grouped} ORDER BY visits DESC, uscc LIMIT ${REPEATS_LISTED}`,
  );
  return {
    total: Number(count?.n ?? 0),
    top: top.map((r) => ({
      uscc: r.uscc,
      visits: Number(r.visits),
      exempt: Number(r.exempt),
      routine: Number(r.visits) - Number(r.exempt),
    })),
  };
}
