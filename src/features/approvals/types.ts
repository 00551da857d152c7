import type { DecisionAction, RequestKind, RequestStatus, StepStatus } from '../../domain/approvals/index.js';
import type { ClauseId } from '../../domain/clauses.js';
import type {
  ChainRole,
  Exemption,
  Finding,
  InspectionMethod,
  InspectionType,
} from '../../domain/rules/index.js';

export type { DecisionAction, RequestKind, RequestStatus, StepStatus };

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

export interface StepView {
  idx: number;
  role: ChainRole;
  roleLabel: string;
  personId: string;
  openId: string;
  name: string;
  why: string;
  clause: ClauseId;
  status: StepStatus;
  assignment: number;
  activatedAt: string | null;
  lastRemindedAt: string | null;
  decidedAt: string | null;
  decidedByOpenId: string | null;
  decidedByName: string | null;
  onBehalfOfName: string | null;
  comment: string | null;
}

export interface DecisionView {
  stepIdx: number;
  action: DecisionAction;
  actorOpenId: string;
  actorName: string;
  onBehalfOfName: string | null;
  toOpenId: string | null;
  toName: string | null;
  comment: string | null;
  at: string;
}

/** A request with everything a card, the API or a printable form needs. */
export interface RequestView {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  applicant: { openId: string; personId: string; name: string };
  unit: { id: string; name: string };
  form: ApprovalForm;
  findings: Finding[];
  exemptions: Exemption[];
  currentStep: number | null;
  applicantCardRef: string;
  source: 'chat' | 'api';
  lastBuzzAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  steps: StepView[];
  decisions: DecisionView[];
}
