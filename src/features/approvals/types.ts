import type {
  ApprovalForm,
  DecisionAction,
  RequestKind,
  RequestStatus,
  StepStatus,
} from '../../domain/approvals/index.js';
import type { ClauseId } from '../../domain/clauses.js';
import type { InspectionRecord } from '../../domain/inspections/index.js';
import type { ChainRole, Exemption, Finding } from '../../domain/rules/index.js';

/** The words of a request and its forms are the domain's; the views below add what was stored. */
export type * from '../../domain/approvals/form.js';
export type { DecisionAction, RequestKind, RequestStatus, StepStatus };

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
  /** An approved plan's visits, one per enterprise (empty before approval and for special inspections). */
  inspections: InspectionRecord[];
}
