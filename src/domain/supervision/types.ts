import type { ClauseId } from '../clauses.js';

/** A pending approval step, as supervision reads it. */
export interface WaitingStep {
  requestId: string;
  title: string;
  approverName: string;
  roleLabel: string;
  /** The bureau's calendar day the step reached the approver. */
  since: string;
}

/** An approved visit still without its result or its feedback. */
export interface OpenVisit {
  code: string;
  requestId: string;
  enterpriseName: string;
  unitId: string;
  /** The plan's last day (result due from it) or the result's day (feedback due from it). */
  from: string;
}

/** The year's visits to one enterprise that were not cancelled. */
export interface EnterpriseVisits {
  uscc: string;
  visits: number;
  onSite: number;
  /** The newest plan that visits it: where a line about the enterprise links. */
  lastRequestId: string;
}

/** An approved plan whose on-site visit the rules found inside a quiet period (第10条). */
export interface QuietVisit {
  requestId: string;
  enterprises: number;
  /** The exemption claimed, in the notice's words, or the written reason for 「其他」. */
  exemption?: string;
}

/** What the store gives: the late lists already cut to `lineLimit`, with their full counts. */
export interface SupervisionRows {
  today: string;
  waitingSteps: readonly WaitingStep[];
  lateResults: { total: number; items: readonly OpenVisit[] };
  lateFeedback: { total: number; items: readonly OpenVisit[] };
  /** How many enterprises had each number of visits in the year (not cancelled). */
  visitCounts: readonly { visits: number; enterprises: number }[];
  /** The most visited enterprises, most first. */
  mostVisited: readonly EnterpriseVisits[];
  /** Enterprises whose on-site visits reached their cap (第3条, raised by 第11条): furthest over first. */
  atCap: { total: number; items: readonly (EnterpriseVisits & { cap: number })[] };
  quietVisits: readonly QuietVisit[];
  /** Names of the enterprises the lists name. */
  names: ReadonlyMap<string, string>;
  unitName(id: string): string;
}

/** One line of a section: what is wrong, and the record it is about (JC-/ZX- request). */
export interface SupervisionLine {
  text: string;
  recordId: string;
}

export type SectionKey = 'approvals' | 'results' | 'feedback' | 'caps' | 'quiet' | 'distribution';

export interface SupervisionSection {
  key: SectionKey;
  title: string;
  clause: ClauseId;
  /** How many there are; `lines` holds at most the line limit of them. */
  total: number;
  measure: string;
  lines: SupervisionLine[];
  /** Counts shown instead of, or before, lines (the distribution, exemptions). */
  counts?: { label: string; value: number }[];
}

export interface SupervisionReport {
  today: string;
  year: number;
  sections: SupervisionSection[];
}
