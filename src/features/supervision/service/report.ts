import type { SupervisionCardView } from '../../../../cards/supervision/view.js';
import type { Services } from '../../../app/services.js';
import { lateIfBefore } from '../../../domain/follow-up-limits.js';
import type { Directory } from '../../../domain/org.js';
import { unitName } from '../../../domain/rules/directory.js';
import { supervisionReport, type SupervisionReport } from '../../../domain/supervision/index.js';
import { formLink } from '../../../pages/forms/index.js';
import type { Reader } from '../../../store/db.js';
import { loadFollowUpLimits } from '../../../store/follow-up-limits.js';
import { loadApprovalSettings } from '../../approvals/index.js';
import { enterpriseNames, lateVisits, quietVisits, waitingSteps, yearVisits } from '../store/rows-repo.js';

/**
 * The 执法监督 report as of `today`. Every read is bounded by an index: pending requests, the open
 * visits past their deadline (counted, and `lineLimit` of them read), and one year's visits grouped
 * by enterprise — never the whole history.
 */
export async function loadSupervisionReport(
  db: Reader,
  directory: Directory,
  today: string,
  lineLimit: number,
): Promise<SupervisionReport> {
  const year = Number(today.slice(0, 4));
  const limits = await loadFollowUpLimits(db);
  const { rules } = await loadApprovalSettings(db);
  // One statement at a time: a transaction's connection takes them in turn anyway.
  const steps = await waitingSteps(db);
  const lateResults = await lateVisits(
    db,
    'planned',
    lateIfBefore(today, limits.resultWorkingDays),
    lineLimit,
  );
  const lateFeedback = await lateVisits(
    db,
    'done',
    lateIfBefore(today, limits.feedbackWorkingDays),
    lineLimit,
  );
  const perEnterprise = await yearVisits(db, year, rules, lineLimit);
  const quiet = await quietVisits(db, year);
  const named = [...perEnterprise.mostVisited, ...perEnterprise.atCap.items].map((e) => e.uscc);
  const names = await enterpriseNames(db, [...new Set(named)]);
  return supervisionReport(
    {
      today,
      waitingSteps: steps,
      lateResults,
      lateFeedback,
      ...perEnterprise,
      quietVisits: quiet,
      names,
      unitName: (id) => unitName(directory, id),
    },
    { limits, lineLimit },
  );
}

/** Each line's record as a signed link to its printable form. */
export async function withLinks(services: Services, report: SupervisionReport): Promise<Map<string, string>> {
  const ids = [...new Set(report.sections.flatMap((s) => s.lines.map((l) => l.recordId)))];
  const links = await Promise.all(ids.map(async (id) => [id, await formLink(services, id)] as const));
  return new Map(links);
}

export function cardView(
  report: SupervisionReport,
  links: ReadonlyMap<string, string>,
  statsLink: string,
  linkDays: number,
): SupervisionCardView {
  return {
    today: report.today,
    statsLink,
    linkDays,
    sections: report.sections.map((s) => ({
      title: s.title,
      clause: s.clause,
      total: s.total,
      measure: s.measure,
      lines: s.lines.map((l) => ({ text: l.text, link: links.get(l.recordId) ?? '' })),
      ...(s.counts ? { counts: s.counts } : {}),
    })),
  };
}
