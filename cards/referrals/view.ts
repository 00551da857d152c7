import type { CaseState } from '../../src/domain/referrals/lifecycle.js';

/** Where a sent referral stands; a draft has no card of this kind. */
export type ReferralCardState = Exclude<CaseState, 'draft'>;

/** The acts a referral's history records. */
export type ReferralEventKind = 'submitted' | 'accepted' | 'returned' | 'verifying' | 'stage' | 'overdue';

/** One line of 办理记录. */
export interface ReferralEventView {
  kind: ReferralEventKind;
  state: ReferralCardState;
  actorName: string;
  note: string | null;
  /** The stage's validated input, for kind `stage`. */
  input: unknown;
  at: string;
}

/** A referral with what its cards show; the feature's referral view satisfies it as it is. */
export interface ReferralCardView {
  id: string;
  status: ReferralCardState;
  subject: { name: string };
  fromUnit: { name: string };
  toUnit: { name: string };
  handler: { name: string } | null;
  deadline: string | null;
  submittedAt: string;
  warnings: readonly { message: string }[];
  /** The 预警提醒 (YJ-…) the referral was escalated from. */
  warningId?: string | null;
  events: readonly ReferralEventView[];
}

/** One section of 附件3 with its boxes as text, empty boxes as empty strings. */
export interface AnnexSection {
  title: string;
  rows: readonly { label: string; value: string }[];
}

/** The boxes of the confirmation card's form, in the annex's order; names are the form field names. */
export const FORM_FIELDS = [
  'fromUnit',
  'toUnit',
  'subjectName',
  'subjectCode',
  'source',
  'sourceNote',
  'violations',
  'violationNote',
  'description',
  'law',
  'materials',
  'opinion',
  'coordinateWith',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
