import type { Directory, Enterprise, QuietPeriod } from '../org.js';
import { quietPeriodsHitting } from './quiet-periods.js';
import type { Finding, InspectionProposal } from './types.js';

export interface QuietOutcome {
  findings: Finding[];
  /** An on-site visit falls in a quiet period, so the level's main head must approve last. */
  headNeeded: boolean;
}

function describe(period: QuietPeriod): string {
  return `${period.from}至${period.to}，依据：${period.basis}`;
}

/** 第10条: quiet periods restrict on-site visits only; remote methods go ahead as planned. */
export function quietPeriodFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  quietPeriods: readonly QuietPeriod[],
  directory: Directory,
  onSite: boolean,
): QuietOutcome {
  const findings: Finding[] = [];
  for (const enterprise of enterprises) {
    const hits = quietPeriodsHitting(enterprise, proposal.from, proposal.to, quietPeriods, directory);
    for (const { period, days } of hits) {
      const lead = `${enterprise.name}检查时间有${days.length}天处于企业安静期（${describe(period)}）`;
      findings.push(
        onSite
          ? {
              severity: 'warn',
              code: 'QUIET_PERIOD_ON_SITE',
              message: `${lead}，确需现场检查的，须报请本级行政执法主体主要负责人批准。`,
              clause: '10',
              enterprise: enterprise.uscc,
            }
          : {
              severity: 'info',
              code: 'QUIET_PERIOD_OFF_SITE',
              message: `${lead}，本次为非现场检查，不受安静期限制。`,
              clause: '10',
              enterprise: enterprise.uscc,
            },
      );
    }
  }
  return { findings, headNeeded: onSite && findings.length > 0 };
}
