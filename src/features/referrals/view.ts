import type { ReferralEventKind, ReferralState } from '../../../db/schema/index.js';
import type { ClueSource, ReferralOpinion, ViolationType } from '../../domain/referrals/annex3.js';
import type { CaseStage, StageRecord } from '../../domain/referrals/lifecycle.js';

/** One act on a referral as its history shows it. */
export interface ReferralEvent {
  kind: ReferralEventKind;
  state: ReferralState;
  actorOpenId: string;
  actorName: string;
  note: string | null;
  /** The stage's validated input, for kind `stage`. */
  input: unknown;
  at: string;
}

/** A referral with its history, as the verbs, cards and API read it. */
export interface ReferralView {
  id: string;
  status: ReferralState;
  channel: 'chat' | 'api';
  sender: { openId: string; name: string };
  fromUnit: { id: string; name: string; headName: string };
  toUnit: { id: string; name: string };
  subject: { name: string; uscc: string | null; idNumber: string | null };
  enterpriseUscc: string | null;
  county: string | null;
  source: ClueSource;
  sourceNote: string | null;
  violations: ViolationType[];
  violationNote: string | null;
  description: string;
  law: string | null;
  materials: string[];
  opinion: ReferralOpinion;
  coordinate: { unitId: string | null; text: string | null };
  warnings: { code: string; message: string }[];
  receiverOpinion: string | null;
  receiverHeadName: string | null;
  decidedAt: string | null;
  handler: { personId: string; openId: string; name: string } | null;
  deadline: string | null;
  overdueNoticeOn: string | null;
  submittedAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The 预警提醒 (YJ-…) it was escalated from, if any. */
  warningId: string | null;
  events: ReferralEvent[];
}

/** The stages recorded so far, oldest first, in the shape the lifecycle rules read. */
export function stageRecords(view: ReferralView): StageRecord[] {
  return view.events
    .filter((e) => e.kind === 'stage')
    .map((e) => ({ stage: e.state as CaseStage, input: e.input }) as StageRecord);
}

export function lastStageRecord(view: ReferralView): StageRecord | undefined {
  return stageRecords(view).at(-1);
}

/** Nothing more happens to a referral once it is returned or its case closed. */
export function isFinished(view: Pick<ReferralView, 'status'>): boolean {
  return view.status === 'returned' || view.status === 'closed';
}

/** Waiting for the receiving head's 接收 / 退回 / 需进一步核查. */
export function awaitsDecision(view: Pick<ReferralView, 'status'>): boolean {
  return view.status === 'submitted' || view.status === 'verifying';
}
