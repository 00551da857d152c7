import type { ClauseId } from '../clauses.js';
import type { Directory, Enterprise, QuietPeriod } from '../org.js';
import type { InspectionProposal, LocalSettings, PastInspection, RulesDecision } from '../rules/index.js';

export interface Citation {
  clause: ClauseId;
  /** The label people see, from `clauseLabel`. */
  label: string;
  /** One sentence of the scheme, verbatim. */
  quote: string;
}

export interface AnswerContext {
  /** The bureau's today, YYYY-MM-DD; relative dates in questions resolve against it. */
  today: string;
  directory: Directory;
  enterprises: Enterprise[];
  quietPeriods: QuietPeriod[];
  pastInspections?: PastInspection[];
  settings?: LocalSettings;
  /** The asker's question just before this one, when recent enough for this one to lean on it. */
  previous?: string;
  /** Unit id of the asker, so that 「谁批」 can name the people of their own unit. */
  askerUnit?: string;
}

/** A described case run through the rules module. */
export interface CaseDecision {
  /** No enterprise was named, so the rules ran on a placeholder built from what the question says. */
  hypothetical: boolean;
  proposal: InspectionProposal;
  rules: RulesDecision;
  /** `explainDecision` of the rules, one line per finding, then the approval chain. */
  explanation: string;
  /** What the answer had to assume because the question did not say, e.g. 未说明日期. */
  assumptions: string[];
}

export interface PolicyAnswer {
  /** One direct sentence: 是/否, who approves, or what to do. */
  answer: string;
  /** Best first; at most three, except that a case cites every clause its decision used. */
  citations: Citation[];
  outOfScope: boolean;
  decision?: CaseDecision;
  /** The answer leads to an approval the bot can start. */
  offerApproval?: boolean;
}
