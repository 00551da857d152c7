import type { ClauseId } from '../clauses.js';
import type { Unit } from '../org.js';
import type { ClauseFact } from './clause-facts.js';

/** What the rules may read besides the text: the units the question names. */
export interface IncidentScene {
  units: readonly Unit[];
  /** The branch of the named enterprise's county, where its clues go. */
  local?: Unit;
}

/** A fact of a case in the officer's word, beside the clause that decides it. */
export interface FactRule {
  pattern: RegExp;
  clause: ClauseId;
  about: string;
  visit?: boolean;
  decisive?: boolean;
  /** Only when the question also says this. */
  when?: RegExp;
  /** Not when the question says this. */
  unless?: RegExp;
  say: (word: string, text: string, scene: IncidentScene) => string;
}

/**
 * A rule on a fact of the shared table: its words, clause and line, with the rule's own conditions
 * (and, where the rule reads the fact in more words than its name, its own pattern).
 */
export function ruleOf(
  fact: ClauseFact,
  own: Omit<FactRule, 'pattern' | 'clause' | 'about' | 'say'> &
    Partial<Pick<FactRule, 'pattern' | 'about' | 'say'>>,
): FactRule {
  const about = own.about ?? fact.about;
  if (about === undefined) throw new Error(`no quote for ${fact.words.source}`);
  return { pattern: fact.words, clause: fact.clause, say: (word) => fact.says(word), ...own, about };
}
