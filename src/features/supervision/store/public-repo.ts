import { sql } from 'drizzle-orm';
import { approvalRequests, enterprises, inspections } from '../../../../db/schema/index.js';
import { INSPECTION_OUTCOMES, type InspectionOutcome } from '../../../../db/schema/index.js';
import type { Reader } from '../../../store/db.js';

/** The visits carried out under one special inspection (第4条): how many, and each outcome's count. */
export interface SpecialResults {
  /** Approved visits under the special inspection, not cancelled. */
  visits: number;
  /** Of them, those with a recorded result. */
  recorded: number;
  outcomes: { outcome: InspectionOutcome; count: number }[];
}

/**
 * Per special inspection, the visits of the approved 专项 plans that name it, by status and outcome.
 * Counts only: no enterprise, person or finding reaches the public page from here.
 */
export async function specialResults(db: Reader): Promise<Map<string, SpecialResults>> {
  const r = approvalRequests;
  const i = inspections;
  const rows = await db.all<{
    special: string;
    status: string;
    outcome: InspectionOutcome | null;
    n: number;
  }>(
    sql`SELECT json_extract(${r.form}, '$.special') AS special, ${i.status} AS status, ${i.outcome} AS outcome,
      count(*) AS n
    FROM ${r} JOIN ${i} ON ${i.requestId} = ${r.id}
    WHERE ${r.status} = 'approved' AND ${r.kind} = 'plan' AND json_extract(${r.form}, '$.type') = 'special'
      AND json_extract(${r.form}, '$.special') IS NOT NULL AND ${i.status} <> 'cancelled'
    GROUP BY 1, 2, 3`,
  );
  const results = new Map<string, SpecialResults>();
  for (const row of rows) {
    const entry = results.get(row.special) ?? { visits: 0, recorded: 0, outcomes: [] };
    const n = Number(row.n);
    entry.visits += n;
    if ((row.status === 'done' || row.status === 'fed-back') && row.outcome) {
      entry.recorded += n;
      const found = entry.outcomes.find((o) => o.outcome === row.outcome);
      if (found) found.count += n;
      else entry.outcomes.push({ outcome: row.outcome, count: n });
    }
    results.set(row.special, entry);
  }
  // In the schema's order of outcomes, whatever order the groups came in.
  const rank = (o: InspectionOutcome) => INSPECTION_OUTCOMES.indexOf(o);
  for (const entry of results.values()) entry.outcomes.sort((a, b) => rank(a.outcome) - rank(b.outcome));
  return results;
}

/** On-site visits carried out (a result recorded) in a year, per county of the enterprise visited. */
export async function onSiteByCounty(db: Reader, year: number): Promise<{ county: string; count: number }[]> {
  const i = inspections;
  const e = enterprises;
  const rows = await db.all<{ county: string; n: number }>(
    sql`SELECT ${e.county} AS county, count(*) AS n
    FROM ${i} JOIN ${e} ON ${e.uscc} = ${i.uscc}
    WHERE ${i.year} = ${year} AND ${i.onSite} = 1 AND ${i.status} IN ('done', 'fed-back')
    GROUP BY ${e.county} ORDER BY n DESC, ${e.county}`,
  );
  return rows.map((row) => ({ county: row.county, count: Number(row.n) }));
}
