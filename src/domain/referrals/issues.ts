import type { ClauseId } from '../clauses.js';

/** Something the officer should look at but may send anyway. */
export interface Issue {
  code: string;
  message: string;
}

/** A value that must be corrected before the step can go ahead. */
export interface FieldError {
  field: string;
  message: string;
  /** The clause of 长环发〔2025〕36号 the rule comes from, when there is one. */
  clause?: ClauseId;
}
