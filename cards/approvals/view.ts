import type {
  ApprovalForm,
  DecisionAction,
  RequestKind,
  RequestStatus,
  StepStatus,
} from '../../src/domain/approvals/index.js';
import type { InspectionRecord } from '../../src/domain/inspections/index.js';
import type { Exemption, Finding, InspectionMethod, InspectionType } from '../../src/domain/rules/index.js';
import type { Option } from '../kit.js';

/** One step of the chain as the cards show it. */
export interface StepCardView {
  idx: number;
  roleLabel: string;
  name: string;
  status: StepStatus;
  decidedAt: string | null;
  decidedByName: string | null;
  onBehalfOfName: string | null;
  comment: string | null;
}

/** A decision, read only for the hand-overs (转交, 改派) it shows beside its step. */
export interface DecisionCardView {
  stepIdx: number;
  action: DecisionAction;
  actorName: string;
}

/** A request with what its cards show; the feature's request view satisfies it as it is. */
export interface ApprovalCardView {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  applicant: { name: string };
  unit: { name: string };
  form: ApprovalForm;
  findings: readonly Finding[];
  exemptions: readonly Exemption[];
  currentStep: number | null;
  createdAt: string;
  steps: readonly StepCardView[];
  decisions: readonly DecisionCardView[];
  /** An approved plan's visits, one per enterprise. */
  inspections?: readonly InspectionRecord[];
}

/** Someone a step may be handed to (转交). */
export interface PersonChoice {
  name: string;
  openId: string;
}

/** What the plan form opens with: prefilled from the command, or the applicant's last attempt. */
export interface PlanFormValues {
  type?: InspectionType;
  typeNote?: string;
  basis?: string;
  from?: string;
  to?: string;
  enterprises?: string[];
  enterpriseText?: string;
  unit?: string;
  /** A unit typed by name or short form, when the select cannot list them all. */
  unitText?: string;
  inspectors?: string[];
  /** People typed by name: the select lists only the likely ones (a card's size is limited). */
  inspectorText?: string;
  content?: string;
  methods?: InspectionMethod[];
  reason?: string;
  quietExemption?: string;
  quietExemptionNote?: string;
  /** The approved special inspection a 专项 plan carries out. */
  special?: string;
}

/** What the special-inspection form opens with. */
export interface SpecialFormValues {
  name?: string;
  basis?: string;
  from?: string;
  to?: string;
  unit?: string;
  /** A unit typed by name or short form, when the select cannot list them all. */
  unitText?: string;
  targets?: string;
  content?: string;
  focus?: string;
}

/** The lists the plan form chooses from. */
export interface FormChoices {
  enterprises: Option[];
  units: Option[];
  people: Option[];
  /** The covering quiet periods' exemptions, in the notices' words; the card adds 「其他（请说明）」. */
  quietExemptions: Option[];
  /** Approved special inspections still in period, for a 专项 plan to name. */
  specials: Option[];
}

/** Who may submit a form: the person it was opened for, under the reference it was sent with. */
export interface FormOwner {
  formRef: string;
  openId: string;
}
