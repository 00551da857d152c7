import type { DrawInput, Exclusion, Outcome, SeedScheme } from '../../src/domain/draws/index.js';
import type { Option } from '../kit.js';

/** One drawn enterprise as the cards show it. */
export interface DrawItemCardView {
  idx: number;
  enterpriseName: string;
  inspectors: readonly { name: string }[];
  filing: 'filed' | 'blocked';
  requestId: string | null;
  /** The plan's approval status, when filed. */
  planStatus: string | null;
  blockedReason: string | null;
  outcome: Outcome | null;
  note: string | null;
  inspectedOn: string | null;
}

/** A draw with what its cards show; the feature's draw view satisfies it as it is. */
export interface DrawCardView {
  id: string;
  unit: { name: string };
  input: DrawInput;
  inputDigest: string;
  excluded: readonly Pick<Exclusion, 'reason'>[];
  from: string;
  to: string;
  publishDue: string;
  createdAt: string;
  seed: { scheme: SeedScheme; commitment: string | null; poolsDigest: string | null };
  repeat: { of: readonly string[]; reason: string } | null;
  items: readonly DrawItemCardView[];
}

/** What the draw form shows, as typed: numbers stay text until the submission is validated. */
export interface DrawFormValues {
  counties?: string[];
  industries?: string[];
  keyPolluter?: string;
  count?: string;
  ratio?: string;
  perEnterprise?: string;
  inspectorUnits?: string[];
  recusalMonths?: string;
  from?: string;
  to?: string;
  content?: string;
  repeatReason?: string;
}

export interface DrawFormChoices {
  counties: Option[];
  industries: Option[];
  units: Option[];
}

/** One drawn enterprise whose result is still to be published. */
export interface AwaitingResult {
  drawId: string;
  uscc: string;
  enterpriseName: string;
  from: string;
  to: string;
  publishDue: string;
}

/** A request to draw again for a pool and period the unit already drew. */
export interface RepeatCardView {
  id: number;
  unitName: string;
  reason: string;
  /** The earlier draws it repeats. */
  earlier: readonly string[];
  from: string;
  to: string;
  requestedByName: string;
  status: 'pending' | 'approved' | 'rejected';
  drawId: string | null;
}
