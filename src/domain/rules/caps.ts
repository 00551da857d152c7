import type { Directory, Enterprise } from '../org.js';
import { yearOf } from './dates.js';
import { unitName } from './directory.js';
import { isCapExempt } from './methods.js';
import type {
  CountedVisit,
  Exemption,
  Finding,
  InspectionProposal,
  LocalSettings,
  PastInspection,
  VisitStatus,
} from './types.js';

export interface CapOutcome {
  findings: Finding[];
  exemptions: Exemption[];
}

const STATUS_WORDS: Readonly<Record<VisitStatus, string>> = {
  planned: '已批准待实施',
  done: '已检查',
  'fed-back': '已检查并反馈',
  cancelled: '已取消',
};

/** How many visits a message names before it says 等; the finding's `visits` has them all. */
const NAMED_IN_MESSAGE = 6;

/**
 * On-site visits to the enterprise in the calendar year the proposal starts in: those done and
 * those approved and still planned; a cancelled one frees its place. Clue-driven visits count
 * too: they are free of the cap themselves but still add to the burden on the enterprise.
 */
export function countedVisits(
  proposal: InspectionProposal,
  uscc: string,
  past: readonly PastInspection[],
  directory?: Directory,
): CountedVisit[] {
  const year = yearOf(proposal.from);
  return past
    .filter(
      (visit) =>
        visit.uscc === uscc &&
        visit.onSite &&
        visit.status !== 'cancelled' &&
        yearOf(visit.date) === year &&
        (proposal.id === undefined || visit.requestId !== proposal.id),
    )
    .map((visit) => ({
      code: visit.code ?? visit.requestId ?? '',
      date: visit.date,
      unit: visit.unit,
      unitName: directory ? unitName(directory, visit.unit) : visit.unit,
      status: visit.status ?? 'planned',
      ...(visit.status ? {} : { statusUnrecorded: true as const }),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : 1));
}

/**
 * 「JC-2026-0001-1，2026-02-10，大气环境科，已检查」, several joined by 「；」. A visit recorded
 * before numbering or statuses is named by what is known: no invented 「未编号」 or 「待实施」.
 */
export function visitsText(visits: readonly CountedVisit[]): string {
  const named = visits
    .slice(0, NAMED_IN_MESSAGE)
    .map((v) =>
      [v.code, v.date, v.unitName, v.statusUnrecorded ? '' : STATUS_WORDS[v.status]]
        .filter(Boolean)
        .join('，'),
    );
  return named.join('；') + (visits.length > NAMED_IN_MESSAGE ? `等${visits.length}次` : '');
}

/** 第3条 yearly cap on on-site visits, raised by 第11条 for an enterprise with a major problem. */
export function capFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  past: readonly PastInspection[],
  settings: LocalSettings,
  directory?: Directory,
): CapOutcome {
  const outcome: CapOutcome = { findings: [], exemptions: [] };
  const year = yearOf(proposal.from);
  for (const enterprise of enterprises) {
    const visits = countedVisits(proposal, enterprise.uscc, past, directory);
    const count = visits.length;
    const cap = enterprise.majorProblem ? settings.majorProblemCap : settings.yearlyCap;
    const listed = count > 0 ? `（${visitsText(visits)}）` : '';
    const done = `${enterprise.name}${year}年已现场检查${count}次${listed}`;
    const about = { clause: '3' as const, enterprise: enterprise.uscc, visits };
    if (enterprise.majorProblem) {
      outcome.findings.push({
        severity: 'info',
        code: 'RAISED_CAP',
        message: `${enterprise.name}属发现重大环境问题的企业，年度现场检查上限提高至${cap}次。`,
        clause: '11',
        enterprise: enterprise.uscc,
      });
    }
    if (count + 1 === cap) {
      outcome.findings.push({
        severity: 'info',
        code: 'CAP_REACHED',
        message: `${done}，本次检查后将达到${cap}次上限。`,
        ...about,
      });
    } else if (count + 1 > cap && isCapExempt(proposal.type)) {
      outcome.exemptions.push({
        code: 'CAP_EXEMPT',
        message: `${done}（上限${cap}次），本次系根据投诉举报、转办交办、数据监测等线索或应企业申请实施，不受频次上限限制。`,
        ...about,
      });
    } else if (count + 1 > cap) {
      outcome.findings.push({
        severity: 'block',
        code: 'CAP_EXCEEDED',
        message: `${done}，上限为${cap}次，本次检查将超出频次上限。`,
        ...about,
      });
    }
  }
  return outcome;
}
