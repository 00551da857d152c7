import type { ClauseId } from '../clauses.js';
import type { Directory, Enterprise, QuietPeriod } from '../org.js';

export type InspectionType =
  'random' | 'special' | 'complaint' | 'referral' | 'monitoring' | 'enterprise-request' | 'other';

export type InspectionMethod = 'on-site' | 'document-review' | 'sampling' | 'inquiry' | 'other';

/** A proposed inspection: an 附件2 plan (`kind: 'plan'`) or an 附件1 special inspection. */
export interface InspectionProposal {
  kind: 'plan' | 'special';
  /** Id of the stored request, when re-checking one, so it is not compared with itself. */
  id?: string;
  /** Person id of the applicant. */
  applicant: string;
  /** Unit id of the implementing unit (实施单位); its level decides the chain. */
  unit: string;
  type: InspectionType;
  methods: InspectionMethod[];
  /** USCCs of the enterprises, already resolved against the registry. */
  enterprises: string[];
  /** Inclusive bureau calendar dates, YYYY-MM-DD. */
  from: string;
  to: string;
  /** 附件1: name, risk focus (e.g. 超标排放), targets as written, content. */
  name?: string;
  focus?: string;
  targets?: string;
  content?: string;
  /** Written reason, required for a routine on-site visit to a positive-list enterprise. */
  reason?: string;
  /**
   * For an on-site visit inside a quiet period: the notice's exemption claimed, in its words, or
   * `QUIET_EXEMPTION_OTHER` with `quietExemptionNote` saying why.
   */
  quietExemption?: string;
  quietExemptionNote?: string;
  /** For a 专项 plan: the number of the approved 附件1 special inspection it carries out (ZX-2026-0001). */
  special?: string;
}

/** The 附件1 special inspection a 专项 plan names, as stored; absent from the context when not found. */
export interface LinkedSpecial {
  id: string;
  name: string;
  status: 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn';
  from: string;
  to: string;
}

/** The plan form's 「其他（请说明）」 choice among a quiet period's exemptions. */
export const QUIET_EXEMPTION_OTHER = 'other';

/** Where an approved visit stands (第6条); a cancelled one no longer counts towards the cap. */
export type VisitStatus = 'planned' | 'done' | 'fed-back' | 'cancelled';

/** An inspection already done or scheduled this calendar year. */
export interface PastInspection {
  uscc: string;
  /** YYYY-MM-DD: the day the result records, else the plan's first day. */
  date: string;
  unit: string;
  type: InspectionType;
  onSite: boolean;
  requestId?: string;
  /** `JC-2026-0001-1`; absent on visits recorded before numbering. */
  code?: string;
  /** Absent means planned (visits recorded before statuses). */
  status?: VisitStatus;
}

/** A visit the 第3条 count included, so the applicant and approver can see which. */
export interface CountedVisit {
  code: string;
  date: string;
  unit: string;
  unitName: string;
  /** `planned` when the record has none, which counts it; see `statusUnrecorded`. */
  status: VisitStatus;
  /** The visit was recorded before statuses, so no message should claim one. */
  statusUnrecorded?: true;
}

/** Another unit's plan, pending or approved, for the 综合一次查 check. */
export interface OtherPlan {
  id: string;
  unit: string;
  enterprises: string[];
  from: string;
  to: string;
  status: 'pending' | 'approved';
}

/** Local configuration, not the scheme's words: the scheme sets no numbers. */
export interface LocalSettings {
  /** On-site inspections of one enterprise per calendar year (第3条 频次上限). */
  yearlyCap: number;
  /** The raised cap for an enterprise flagged with a major environmental problem (第11条). */
  majorProblemCap: number;
  /** Days either side of a plan within which another unit's plan proposes a joint visit. */
  jointWindowDays: number;
  /** Longest period a special inspection may run, in days (第4条 严格限定时间周期). */
  specialMaxDays: number;
}

export const DEFAULT_SETTINGS: LocalSettings = {
  yearlyCap: 2,
  majorProblemCap: 6,
  jointWindowDays: 30,
  specialMaxDays: 90,
};

export interface RulesContext {
  directory: Directory;
  /** At least the enterprises the proposal names. */
  enterprises: Enterprise[];
  quietPeriods: QuietPeriod[];
  /** This calendar year's inspections of the named enterprises. */
  pastInspections: PastInspection[];
  otherPlans: OtherPlan[];
  /** The special inspection a 专项 plan names, when it exists. */
  linkedSpecial?: LinkedSpecial;
  settings: LocalSettings;
  /** Today in the bureau's calendar, YYYY-MM-DD. */
  today: string;
}

export type ChainRole = 'unit-head' | 'supervisor' | 'branch-head' | 'director';

export interface ChainStep {
  role: ChainRole;
  /** 承办机构负责人 / 分管局长 / 分局主要负责人 / 局长 */
  roleLabel: string;
  personId: string;
  openId: string;
  name: string;
  /** Short formal Chinese reason this step exists. */
  why: string;
  clause: ClauseId;
}

export type Severity = 'block' | 'warn' | 'info';

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. QUIET_PERIOD_ON_SITE. */
  code: string;
  /** Short formal Chinese sentence. */
  message: string;
  clause: ClauseId;
  /** USCC of the enterprise concerned, where one is. */
  enterprise?: string;
  /** The other unit, for joint-inspection findings. */
  otherUnit?: string;
  otherPlanId?: string;
  /** For a visit inside a quiet period: the period, its notice and the exemption claimed. */
  quiet?: QuietNote;
  /** For a 第3条 cap finding: the visits counted. */
  visits?: CountedVisit[];
}

export interface QuietNote {
  jurisdiction: string;
  /** 每月1日至20日（…有效）, or the dates of a one-range period. */
  period: string;
  basis: string;
  categories?: string[];
  /** The exemption claimed, as the approver reads it. */
  exemption?: string;
}

export interface Exemption {
  code: string;
  message: string;
  clause: ClauseId;
  enterprise?: string;
  /** For the 第3条 exemption: the visits counted. */
  visits?: CountedVisit[];
}

export interface RulesDecision {
  chain: ChainStep[];
  findings: Finding[];
  exemptions: Exemption[];
  /** True when any finding is `block`. */
  blocked: boolean;
}
