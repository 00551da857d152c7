import type { ClauseId } from '../clauses.js';
import { scheme } from './scheme.js';

/**
 * The scheme's set phrases: what it puts in quotation marks (「“守法企业无事不扰、违法企业利剑高悬”」)
 * and each part of four characters or more, with the last four of a longer part (无事不扰, 利剑高悬),
 * which officers quote alone. Each maps to the clauses that say it, in the scheme's order.
 */
let phrases: ReadonlyMap<string, ClauseId[]> | undefined;

function schemePhrases(): ReadonlyMap<string, ClauseId[]> {
  if (phrases) return phrases;
  const found = new Map<string, ClauseId[]>();
  for (const clause of scheme().clauses.values()) {
    for (const [, quoted = ''] of clause.text.matchAll(/“([^”]{2,40})”/g)) {
      const parts = quoted.split(/[、，—]/).filter((part) => part.length >= 4);
      for (const part of [quoted, ...parts, ...parts.filter((p) => p.length >= 6).map((p) => p.slice(-4))]) {
        const clauses = found.get(part) ?? [];
        if (!clauses.includes(clause.id)) found.set(part, [...clauses, clause.id]);
      }
    }
  }
  return (phrases = found);
}

/** 「无事不扰咋理解」「一表通查是啥」「利剑高悬指什么」: the meaning of a phrase asked. */
const MEANING =
  /(?:是)?(?:什么|啥)意思|(?:咋|怎么|如何|怎样)(?:理解|讲|解释|看)|指(?:的是)?(?:什么|啥)|是(?:个)?(?:什么|啥)[？?]?$|含义|内涵/;

/**
 * The clause a set phrase asked about comes from: the one word overlap also ranks first when it says
 * the phrase, else the first that does. None when the meaning is not asked or no phrase is named.
 */
export function phraseAsked(question: string, topClause: ClauseId | undefined): ClauseId | undefined {
  if (!MEANING.test(question)) return undefined;
  let best: string | undefined;
  for (const phrase of schemePhrases().keys()) {
    if (question.includes(phrase) && phrase.length > (best?.length ?? 0)) best = phrase;
  }
  const clauses = best ? schemePhrases().get(best) : undefined;
  if (!clauses) return undefined;
  return topClause && clauses.includes(topClause) ? topClause : clauses[0];
}
