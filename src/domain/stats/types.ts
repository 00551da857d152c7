import type { CaseState } from '../referrals/lifecycle.js';
import type { InspectionType } from '../rules/types.js';

/** Inclusive bureau calendar dates, YYYY-MM-DD. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/** One enterprise of an approved plan (the `inspections` record). */
export interface InspectionRow {
  requestId: string;
  uscc: string;
  date: string;
  unitId: string;
  type: InspectionType;
  onSite: boolean;
  /** The rules found the visit inside a quiet period covering this enterprise (第10条). */
  inQuietPeriod?: boolean;
  /** The exemption the plan claimed for it, as the approver read it. */
  quietExemption?: string;
  /**
   * Visits the row stands for (1 when absent). The store folds visits nothing names one by one (an
   * enterprise's only visit, not listed, not in a quiet period) into rows per unit, type and month,
   * with no enterprise, so a year of a hundred thousand visits is a few thousand rows.
   */
  count?: number;
}

export interface StepRow {
  /** Who decided: the assignee or their delegate. */
  deciderId: string;
  deciderName: string;
  /** ISO timestamps. */
  activatedAt: string;
  decidedAt: string;
  /** The bureau's calendar day of the decision. */
  decidedOn: string;
}

/** An approval request with its decided steps. */
export interface RequestRow {
  id: string;
  status: 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn';
  unitId: string;
  findingCodes: string[];
  /** The bureau's calendar day the request was closed, if it is. */
  closedOn: string | null;
  steps: StepRow[];
}

/** A clue referral (附件3) as received by a unit, with its current state. */
export interface ReferralRow {
  id: string;
  /** The receiving unit. */
  unitId: string;
  receivedOn: string;
  state: CaseState;
  /** The deadline of the current step (reply or stage), if it has one. */
  dueOn: string | null;
}

export interface UnitCount {
  unitId: string;
  count: number;
}

export interface RepeatVisit {
  uscc: string;
  visits: number;
  /** Visits prompted by a clue or the enterprise's request (第3条: outside the cap). */
  exempt: number;
  routine: number;
}

export interface PositiveListVisit {
  uscc: string;
  visits: number;
  types: InspectionType[];
}

export interface ApprovalTime {
  personId: string;
  name: string;
  decisions: number;
  medianHours: number;
}

export interface ReferralCounts {
  unitId: string;
  received: number;
  accepted: number;
  returned: number;
  overdue: number;
}

/** A 双随机 draw as the statistics see it. */
export interface DrawStatRow {
  id: string;
  unitId: string;
  from: string;
  to: string;
  /** The bureau's calendar day the draw was held. */
  drawnOn: string;
  /** Earlier draws it repeats, when it is a repeat. */
  repeatOf: readonly string[] | null;
  repeatReason: string | null;
  test: boolean;
}

/** Draws of one unit over one pool and period: more than one means repeats, each with its reason. */
export interface DrawCount {
  unitId: string;
  from: string;
  to: string;
  draws: number;
  repeats: number;
  ids: string[];
  /** `SJ-…：reason` for each repeat. */
  reasons: string[];
}

export interface BureauStats {
  period: StatsPeriod;
  unit?: string;
  /** Enterprises visited on site more than once; `repeatVisits` may list only the most visited. */
  repeatEnterprises: number;
  onSite: {
    total: number;
    byType: { type: InspectionType; count: number }[];
    byUnit: UnitCount[];
    byMonth: { month: string; count: number }[];
  };
  repeatVisits: RepeatVisit[];
  quietExceptions: { total: number; byUnit: UnitCount[] };
  /** On-site visits inside quiet periods, by the exemption claimed (未填报 for plans before the question). */
  quietVisits: { total: number; byExemption: { exemption: string; count: number }[] };
  positiveListVisits: PositiveListVisit[];
  approvalTimes: ApprovalTime[];
  referrals: ReferralCounts[];
  cases: { stage: CaseState; count: number }[];
  draws: DrawCount[];
}
