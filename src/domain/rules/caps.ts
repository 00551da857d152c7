import type { Enterprise } from '../org.js';
import { yearOf } from './dates.js';
import { isCapExempt } from './methods.js';
import type { Exemption, Finding, InspectionProposal, LocalSettings, PastInspection } from './types.js';

export interface CapOutcome {
  findings: Finding[];
  exemptions: Exemption[];
}

/**
 * On-site visits to the enterprise in the calendar year the proposal starts in. Clue-driven visits
 * count too: they are free of the cap themselves but still add to the burden on the enterprise.
 */
function visitsThisYear(proposal: InspectionProposal, uscc: string, past: readonly PastInspection[]): number {
  const year = yearOf(proposal.from);
  return past.filter(
    (visit) =>
      visit.uscc === uscc &&
      visit.onSite &&
      yearOf(visit.date) === year &&
      (proposal.id === undefined || visit.requestId !== proposal.id),
  ).length;
}

/** 第3条 yearly cap on on-site visits, raised by 第11条 for an enterprise with a major problem. */
export function capFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  past: readonly PastInspection[],
  settings: LocalSettings,
): CapOutcome {
  const outcome: CapOutcome = { findings: [], exemptions: [] };
  const year = yearOf(proposal.from);
  for (const enterprise of enterprises) {
    const count = visitsThisYear(proposal, enterprise.uscc, past);
    const cap = enterprise.majorProblem ? settings.majorProblemCap : settings.yearlyCap;
    const done = `${enterprise.name}${year}年已现场检查${count}次`;
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
        clause: '3',
        enterprise: enterprise.uscc,
      });
    } else if (count + 1 > cap && isCapExempt(proposal.type)) {
      outcome.exemptions.push({
        code: 'CAP_EXEMPT',
        message: `${done}（上限${cap}次），本次系根据投诉举报、转办交办、数据监测等线索或应企业申请实施，不受频次上限限制。`,
        clause: '3',
        enterprise: enterprise.uscc,
      });
    } else if (count + 1 > cap) {
      outcome.findings.push({
        severity: 'block',
        code: 'CAP_EXCEEDED',
        message: `${done}，上限为${cap}次，本次检查将超出频次上限。`,
        clause: '3',
        enterprise: enterprise.uscc,
      });
    }
  }
  return outcome;
}
