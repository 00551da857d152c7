import type { InspectionMethod, InspectionType } from '../rules/index.js';

export interface NamedEnterprise {
  /** Absent when the name or code is not in the registry; such a request never gets past the check. */
  uscc?: string;
  name: string;
}

export interface NamedPerson {
  openId: string;
  name: string;
}

/** 附件2 入企执法检查计划审批表, as the applicant filled it in. */
export interface PlanForm {
  kind: 'plan';
  type: InspectionType;
  typeNote?: string;
  basis: string;
  from: string;
  to: string;
  enterprises: NamedEnterprise[];
  inspectors: NamedPerson[];
  content: string;
  methods: InspectionMethod[];
  reason?: string;
  /** For an on-site visit inside a quiet period: the notice's exemption claimed, or `other`. */
  quietExemption?: string;
  /** The reason, when the exemption claimed is `other` (「其他（请说明）」). */
  quietExemptionNote?: string;
  /** For type 专项: the approved 附件1 special inspection the plan carries out (ZX-2026-0001). */
  special?: string;
}

/** 附件1 专项执法检查审批表. */
export interface SpecialForm {
  kind: 'special';
  name: string;
  basis: string;
  focus: string;
  from: string;
  to: string;
  targets: string;
  content: string;
}

export type ApprovalForm = PlanForm | SpecialForm;
