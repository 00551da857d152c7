import type { ReferralDraft } from '../referrals/annex3.js';
import { scanKeywords } from '../referrals/keywords.js';
import { sourceLabel } from './sources.js';

export interface EscalatedWarning {
  id: string;
  unitId: string;
  branchId: string;
  enterpriseName: string;
  uscc: string;
  source: string;
  risk: string;
  advice: string;
  sentOn: string;
}

/**
 * 附件3 filled from a warning whose risk looks like a violation (第8条): from the unit that found
 * it to the county branch, source 监测数据 with the platform as note, the risk as the description
 * and the warning itself as the material; the branch is asked to verify it first.
 */
export function referralDraftFromWarning(w: EscalatedWarning): ReferralDraft {
  const found = scanKeywords(w.risk).violations;
  return {
    fromUnit: w.unitId,
    toUnit: w.branchId,
    subject: { name: w.enterpriseName, uscc: w.uscc },
    source: 'monitoring',
    sourceNote: sourceLabel(w.source),
    violations: found.length > 0 ? found : ['other'],
    ...(found.length > 0 ? {} : { violationNote: w.risk.slice(0, 60) }),
    description: `${w.risk}（${w.sentOn}预警提醒${w.id}，建议：${w.advice}）`,
    materials: [`预警提醒记录${w.id}`],
    opinion: 'verify',
  };
}
