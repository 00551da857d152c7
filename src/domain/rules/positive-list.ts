import type { Enterprise } from '../org.js';
import { intersect } from './dates.js';
import { isCapExempt } from './methods.js';
import type { Finding, InspectionProposal } from './types.js';

/** Open ends of the validity stand for "since ever" and "until further notice". */
export function listedDuring(enterprise: Enterprise, from: string, to: string): boolean {
  if (!enterprise.positiveList) return false;
  const validity = {
    from: enterprise.positiveListFrom ?? '0000-01-01',
    to: enterprise.positiveListTo ?? '9999-12-31',
  };
  return intersect(validity, { from, to }) !== undefined;
}

function finding(
  severity: Finding['severity'],
  code: string,
  message: string,
  enterprise: Enterprise,
): Finding {
  return { severity, code, message, clause: '9', enterprise: enterprise.uscc };
}

/**
 * 第9条: listed enterprises get fewer or no routine on-site visits. Remote methods and visits driven
 * by a clue or the enterprise's own request are not routine, so they pass.
 */
export function positiveListFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  onSite: boolean,
): Finding[] {
  const reason = proposal.reason?.trim().replace(/[。.]+$/, '');
  return enterprises
    .filter((enterprise) => listedDuring(enterprise, proposal.from, proposal.to))
    .map((enterprise) => {
      const listed = `${enterprise.name}列入监督执法正面清单`;
      if (!onSite) {
        return finding(
          'info',
          'POSITIVE_LIST_NOT_RESTRICTED',
          `${listed}，本次为非现场检查，不受限制。`,
          enterprise,
        );
      }
      if (isCapExempt(proposal.type)) {
        const message = `${listed}，本次系根据线索或应企业申请实施，不受限制。`;
        return finding('info', 'POSITIVE_LIST_NOT_RESTRICTED', message, enterprise);
      }
      if (!reason) {
        const message = `${listed}，应减少或免除现场检查；确需现场检查的，须写明理由。`;
        return finding('block', 'POSITIVE_LIST_REASON_REQUIRED', message, enterprise);
      }
      const message = `${listed}，应减少或免除现场检查；本次现场检查理由：${reason}。`;
      return finding('warn', 'POSITIVE_LIST_ON_SITE', message, enterprise);
    });
}
