import type { CaseStage, StageRecord } from './stage-input.js';
import { isIsoDate } from './dates.js';

export type { CaseStage, StageRecord } from './stage-input.js';

/**
 * A referral is sent and answered (附件3); once accepted it becomes a case run through
 * 立案—查处—整改—验收—销号 (第14条), in that order.
 */

export const REFERRAL_STATUSES = ['draft', 'submitted', 'accepted', 'returned', 'verifying'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const CASE_STAGES = [
  'filed',
  'investigated',
  'rectifying',
  'verified',
  'closed',
] as const satisfies readonly CaseStage[];

export type CaseState = ReferralStatus | CaseStage;

export const STATE_LABELS: Record<CaseState, string> = {
  draft: '草稿',
  submitted: '已移送',
  accepted: '已接收',
  returned: '已退回',
  verifying: '需进一步核查',
  filed: '立案',
  investigated: '查处',
  rectifying: '整改',
  verified: '验收',
  closed: '销号',
};

const FORWARD: Record<CaseState, readonly CaseState[]> = {
  draft: ['submitted'],
  submitted: ['accepted', 'returned', 'verifying'],
  verifying: ['accepted', 'returned'],
  accepted: ['filed'],
  returned: [],
  filed: ['investigated'],
  investigated: ['rectifying'],
  rectifying: ['verified'],
  verified: ['closed'],
  closed: [],
};

/**
 * Where the recorded result of the current stage leads instead of the usual next one: a case with
 * no violation found is closed without 整改, and a failed 验收 returns to 整改. A no-penalty
 * outcome has no detour: 免罚不免责, so it still goes through 整改 (第14条).
 */
function detour(last: StageRecord | undefined): CaseStage | undefined {
  if (last?.stage === 'investigated' && last.input.outcome === 'no-violation') return 'closed';
  if (last?.stage === 'verified' && last.input.conclusion === 'failed') return 'rectifying';
  return undefined;
}

/** `last` is what was recorded for `from`; without it only the usual order is allowed. */
export function canTransition(from: CaseState, to: CaseState, last?: StageRecord): boolean {
  const turn = last?.stage === from ? detour(last) : undefined;
  if (turn !== undefined) return to === turn;
  return FORWARD[from].includes(to);
}

/** The state a case moves to next; undefined at the end or where the reply decides (submitted, verifying). */
export function nextStage(current: CaseState, last?: StageRecord): CaseState | undefined {
  const turn = last?.stage === current ? detour(last) : undefined;
  if (turn !== undefined) return turn;
  const next = FORWARD[current];
  return next.length === 1 ? next[0] : undefined;
}

/** A 整改 deadline is overdue from the day after it while the case is still being rectified. */
export function isOverdue(stage: CaseState, deadline: string, today: string): boolean {
  if (!isIsoDate(deadline) || !isIsoDate(today)) throw new RangeError('Dates must be YYYY-MM-DD.');
  return stage === 'rectifying' && today > deadline;
}
