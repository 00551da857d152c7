import type { InspectionMethod } from '../rules/index.js';

/** One enterprise's visit under an approved plan (附件2), from 已批准 to 已反馈 or 已取消 (第6条). */
export const INSPECTION_STATUSES = ['planned', 'done', 'fed-back', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_OUTCOMES = ['no-issue', 'issue-found', 'not-operating', 'refused'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export const FEEDBACK_MEANS = ['on-site', 'written', 'phone', 'online'] as const;
export type FeedbackMeans = (typeof FEEDBACK_MEANS)[number];

export interface Signer {
  openId: string;
  name: string;
}

export interface InspectionResult {
  date: string;
  outcome: InspectionOutcome;
  findings: string;
  methods: InspectionMethod[];
  by: Signer;
  at: string;
}

export interface InspectionFeedback {
  date: string;
  means: FeedbackMeans;
  content: string;
  by: Signer;
  at: string;
}

export interface InspectionCancel {
  reason: string;
  by: Signer;
  at: string;
}

/** What the rules below read of an inspection. */
export interface InspectionRecord {
  /** `JC-2026-0001-1`. */
  code: string;
  requestId: string;
  enterprise: { name: string; uscc: string | null };
  status: InspectionStatus;
  /** The approved period: a result must fall in it. */
  from: string;
  to: string;
  unitId: string;
  result: InspectionResult | null;
  feedback: InspectionFeedback | null;
  cancelled: InspectionCancel | null;
  /** Reminders sent for the step now due. */
  reminders: number;
  /** The bureau day of the last reminder. */
  lastRemindedOn: string | null;
}
