import { cite } from './citations.js';
import { clauseTag } from './case-lines.js';
import { named, unnamedFacts, type StatedFact } from './stated-context.js';
import type { PolicyAnswer } from './types.js';

/** More background than this is not repeated back: the answer stays short. */
const MAX_LINES = 2;

/**
 * 「安静期里……能先提醒企业吗」: after the asked clause's answer, each stated fact the answer has not
 * named is said once beside its own clause, so the officer sees which clause each fact falls under.
 */
export function withStatedFacts(question: string, result: PolicyAnswer, maxCitations: number): PolicyAnswer {
  if (result.outOfScope) return result;
  const lead = result.citations[0]?.clause;
  // One line may name a later fact too (「因投诉举报……不受频次上限」 names 举报): each is said once.
  const facts: StatedFact[] = [];
  let answer = result.answer;
  for (const fact of unnamedFacts(question, result.answer, lead)) {
    if (facts.length === MAX_LINES || named(answer, fact)) continue;
    facts.push(fact);
    answer = `${answer.replace(/。$/, '')}；${fact.line}（${clauseTag(fact.clause)}）。`;
  }
  if (facts.length === 0) return result;
  const known = new Set(result.citations.map((citation) => citation.clause));
  const added = cite(
    facts
      .filter((fact) => !known.has(fact.clause))
      .map((fact) => ({ clause: fact.clause, about: fact.line })),
  );
  const citations = [...result.citations, ...added].slice(0, Math.max(maxCitations, result.citations.length));
  return { ...result, answer, citations };
}
