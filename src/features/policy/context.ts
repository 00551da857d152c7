import { loadDirectory, loadEnterprises, loadQuietPeriods } from '../../directory/directory-repo.js';
import type { Directory } from '../../domain/org.js';
import type { AnswerContext } from '../../domain/policy/index.js';
import type { PastInspection } from '../../domain/rules/index.js';
import type { Database } from '../../store/db.js';
import { loadApprovalSettings, pastInspections } from '../approvals/index.js';

/**
 * What a question is answered against, read afresh for every question: imports replace the
 * directory, registry and quiet periods at any time, and a stale copy would answer wrongly.
 * Without a directory there is no case to judge, only the scheme's text.
 */
export async function loadAnswerContext(
  db: Database,
  today: string,
  known?: Directory,
): Promise<AnswerContext | undefined> {
  const directory = known ?? (await loadDirectory(db));
  if (!directory) return undefined;
  const [enterprises, quietPeriods, settings] = await Promise.all([
    loadEnterprises(db),
    loadQuietPeriods(db),
    loadApprovalSettings(db),
  ]);
  return { today, directory, enterprises, quietPeriods, settings: settings.rules };
}

/**
 * This year's and next year's inspections of the enterprises a question names: a visit asked
 * about in December may fall in January. One small query, not the whole year's records.
 */
export function inspectionsOf(db: Database, usccs: string[], today: string): Promise<PastInspection[]> {
  const year = Number(today.slice(0, 4));
  return pastInspections(db, usccs, [year, year + 1]);
}
