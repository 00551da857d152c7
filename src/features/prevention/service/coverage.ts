import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { outreachCoverage, type CountyCoverage } from '../../../domain/prevention/index.js';
import type { Database } from '../../../store/db.js';
import { keyCoverageCounts, type KeyCounts } from '../store/figures-repo.js';
import { activitiesReaching, reachedInYear, type ActivityRow } from '../store/outreach-repo.js';

/** 送法入企 coverage of a year per county, from the records (第2条). */
export async function coverageOf(
  db: Database,
  directory: Directory,
  year: number,
): Promise<CountyCoverage[]> {
  const [registry, reached] = await Promise.all([loadEnterprises(db), reachedInYear(db, year)]);
  const branches = directory.units.filter((u) => u.kind === 'branch');
  return outreachCoverage(branches, registry, new Set(reached.map((r) => r.uscc)));
}

/** The activities that reached one enterprise in a year: what 「这家企业今年送法入企了吗」 answers from. */
export function outreachOf(db: Database, uscc: string, year: number): Promise<ActivityRow[]> {
  return activitiesReaching(db, uscc, year);
}

/** Per county, how many 重点企业 and how many reached in the year: `coverageOf` as counts, summed in SQL. */
export async function coverageCounts(
  db: Database,
  directory: Directory,
  year: number,
): Promise<(KeyCounts & { unitId?: string })[]> {
  const counts = await keyCoverageCounts(db, year);
  const branches = directory.units.flatMap((u) =>
    u.kind === 'branch' && u.county ? [{ county: u.county, unitId: u.id }] : [],
  );
  const others = counts.filter((c) => !branches.some((b) => b.county === c.county));
  return [
    ...branches.flatMap((b) => {
      const c = counts.find((k) => k.county === b.county);
      return c ? [{ ...c, unitId: b.unitId }] : [];
    }),
    ...others,
  ];
}
