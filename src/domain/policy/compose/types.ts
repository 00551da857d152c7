import type { Level } from '../../org.js';
import type { InspectionType, LocalSettings } from '../../rules/index.js';
import type { CitationRequest } from '../citations.js';
import type { Concept } from '../concepts.js';
import type { AskedForm } from '../form.js';

/** A question as the composers see it: its text, its concepts and the facts it states. */
export interface Question {
  text: string;
  concepts: ReadonlySet<Concept>;
  /** Asked as yes or no (吗, 能不能, 是否…), so the answer may open with 可以 or 需要. */
  yesNo: boolean;
  form: AskedForm;
  level?: Level;
  type?: InspectionType;
  /** The bureau's own numbers (yearly cap, longest special inspection), which the scheme leaves open. */
  settings: LocalSettings;
  /** Who approves for the unit the question names or the asker belongs to, from the directory. */
  approvers?: { unit: string; head: string; supervisor?: string; director?: string };
}

export interface Draft {
  answer: string;
  /** Best first; the first should be the clause the composer was chosen for. */
  cite: CitationRequest[];
  offerApproval?: boolean;
}

export type Composer = (question: Question) => Draft;

export function hasAny(question: Question, ...concepts: Concept[]): boolean {
  return concepts.some((concept) => question.concepts.has(concept));
}

/** 「可以。」 before the rule, only when the question asked for a yes or no. */
export function lead(question: Question, word: string, rule: string): string {
  return question.yesNo ? `${word}。${rule}` : rule;
}
