import { loadDirectory, loadEnterprises, loadQuietPeriods } from '../../directory/directory-repo.js';
import type { Directory } from '../../domain/org.js';
import type { AnswerContext } from '../../domain/policy/index.js';
import { isCalendarDate, type InspectionProposal, type PastInspection } from '../../domain/rules/index.js';
import type { Database } from '../../store/db.js';
import { loadApprovalSettings, pastInspections } from '../approvals/index.js';

/**
 * What a described case is judged against, read afresh for every question: imports replace the
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

/** This year's inspections (and the visit's year's, at the turn of a year) of the enterprises a case names. */
export function inspectionsOf(
  db: Database,
  proposal: InspectionProposal,
  today: string,
): Promise<PastInspection[]> {
  const years = new Set(
    [today, proposal.from].filter(isCalendarDate).map((date) => Number(date.slice(0, 4))),
  );
  return pastInspections(db, proposal.enterprises, [...years]);
}
