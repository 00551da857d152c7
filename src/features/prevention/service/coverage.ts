import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { outreachCoverage, type CountyCoverage } from '../../../domain/prevention/index.js';
import type { Database } from '../../../store/db.js';
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
