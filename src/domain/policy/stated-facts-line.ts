import { cite } from './citations.js';
import { askPart } from './context-lead.js';
import { clauseTag } from './case-lines.js';
import { named, statedFacts, type StatedFact } from './stated-context.js';
import type { PolicyAnswer } from './types.js';

/** Each fact a part of the answer can name (「用电用能等发现的涉嫌违法线索」), named there. */
function woven(stated: readonly StatedFact[], answer: string) {
  let text = answer;
  const done = new Set<string>();
  for (const fact of stated) {
    // Woven before 「said」 counts: the clause's point said without the officer's word is what a weave mends.
    if (!fact.weaves || named(text, { ...fact, said: undefined })) continue;
    const parts = text.split(/([；。])/);
    for (const { under, rewrite } of fact.weaves) {
      const at = parts.findIndex(
        (part) => part.includes(`（${clauseTag(under)}`) && rewrite(part, fact.word),
      );
      if (at < 0) continue;
      parts[at] = rewrite(parts[at] ?? '', fact.word) ?? '';
      done.add(fact.word);
      break;
    }
    text = parts.join('');
  }
  return { text, done };
}

/** More background than this is not repeated back: the answer stays short. */
const MAX_LINES = 2;
/** A chat answer cites at most four clauses. */
const MAX_CITED = 4;

/**
 * 「安静期里……能先提醒企业吗」: after the asked clause's answer, each stated fact the answer has not
 * named is said once beside its own clause, so the officer sees which clause each fact falls under.
 */
export function withStatedFacts(question: string, result: PolicyAnswer, maxCitations: number): PolicyAnswer {
  if (result.outOfScope) return result;
  const lead = result.citations[0]?.clause;
  // One line may name a later fact too (「因投诉举报……不受频次上限」 names 举报): each is said once.
  const stated = statedFacts(question, lead);
  if (stated.length === 0) return result;
  const facts: StatedFact[] = [];
  const ask = askPart(question);
  const { text, done } = woven(stated, result.answer);
  let answer = text;
  const cited = new Set(result.citations.map((citation) => citation.clause));
  for (const fact of stated.filter((f) => f.clause !== lead && !named(text, f))) {
    if (facts.length === MAX_LINES || done.has(fact.word) || named(answer, fact)) continue;
    if (fact.asked?.test(ask)) continue;
    // One line per clause: a second fact of the same clause would repeat its rule.
    if (facts.some((f) => f.clause === fact.clause)) continue;
    // A fact only said back is not worth a clause the answer could not cite.
    if (fact.asked && !cited.has(fact.clause) && cited.size >= MAX_CITED) continue;
    cited.add(fact.clause);
    facts.push(fact);
    answer = `${answer.replace(/。$/, '')}；${fact.line}（${clauseTag(fact.clause)}）。`;
  }
  if (facts.length === 0) return answer === result.answer ? result : { ...result, answer };
  const known = new Set(result.citations.map((citation) => citation.clause));
  const added = cite(
    facts
      .filter((fact) => !known.has(fact.clause))
      .map((fact) => ({ clause: fact.clause, about: fact.line })),
  );
  // A clause the answer names is cited, within what a chat answer cites.
  const citations = [...result.citations, ...added].slice(
    0,
    Math.max(
      maxCitations,
      Math.min(MAX_CITED, result.citations.length + added.length),
      result.citations.length,
    ),
  );
  return { ...result, answer, citations };
}
