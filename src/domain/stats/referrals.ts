import { CASE_STAGES, type CaseState } from '../referrals/lifecycle.js';
import { within } from './period.js';
import type { BureauStats, ReferralCounts, ReferralRow, StatsPeriod } from './types.js';

const CASE_STATES: ReadonlySet<CaseState> = new Set(CASE_STAGES);
/** States in which nothing more is owed: a returned referral and a closed (销号) case. */
const FINISHED: ReadonlySet<CaseState> = new Set(['returned', 'closed']);

export function receivedIn(rows: readonly ReferralRow[], period: StatsPeriod): ReferralRow[] {
  return rows.filter((row) => within(row.receivedOn, period));
}

/** Accepted means it became a case (接收 or any later stage); overdue means its current deadline has passed. */
export function referralCounts(rows: readonly ReferralRow[], today: string): ReferralCounts[] {
  const units = [...new Set(rows.map((r) => r.unitId))].sort();
  return units
    .map((unitId) => {
      const mine = rows.filter((r) => r.unitId === unitId);
      return {
        unitId,
        received: mine.length,
        accepted: mine.filter((r) => r.state === 'accepted' || CASE_STATES.has(r.state)).length,
        returned: mine.filter((r) => r.state === 'returned').length,
        overdue: mine.filter((r) => r.dueOn !== null && today > r.dueOn && !FINISHED.has(r.state)).length,
      };
    })
    .sort((a, b) => b.received - a.received || a.unitId.localeCompare(b.unitId));
}

/** Cases at each stage of 立案—查处—整改—验收—销号 (第14条), every stage listed. */
export function casesByStage(rows: readonly ReferralRow[]): BureauStats['cases'] {
  return CASE_STAGES.map((stage) => ({ stage, count: rows.filter((r) => r.state === stage).length }));
}
