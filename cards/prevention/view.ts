import type { CountyCoverage, WarningState } from '../../src/domain/prevention/index.js';

/** A 预警提醒 as its cards show it; the feature's warning row satisfies it as it is. */
export interface WarningCardView {
  id: string;
  status: WarningState;
  unitName: string;
  senderName: string;
  enterpriseName: string;
  uscc: string;
  county: string;
  source: string;
  risk: string;
  advice: string;
  repeatOf: string | null;
  referralId: string | null;
  sentAt: string;
  closedByName: string | null;
}

/** What the 预警提醒 form shows, as typed. */
export interface WarningFormValues {
  enterprise?: string;
  source?: string;
  risk?: string;
  advice?: string;
}

/** One county's 送法入企 coverage as the card lists it. */
export type CoverageCardRow = Pick<CountyCoverage, 'county' | 'unitName'> & {
  key: readonly { name: string }[];
  reached: readonly { name: string }[];
  notReached: readonly { name: string }[];
};
