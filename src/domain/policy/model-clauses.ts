import { CLAUSE_LABELS, type ClauseId } from '../clauses.js';
import { cite } from './citations.js';
import { clauseWeight, decidingClauses } from './lead-model/index.js';
import { bestSentence } from './retrieve.js';
import type { Route } from './second-opinion.js';
import { tagOf } from './stated-context.js';
import type { PolicyAnswer } from './types.js';

/*
 * How sure the clause model must be that a clause decides a described case before the answer
 * names a clause its rules left out. Chosen on a blind set written for the purpose, scored before
 * any change, and on the own sets, each scored with a model that had not learnt it (BENCHMARKS.md):
 * on cases the rules had not met, most clauses it added at this trust were the writer's; on the
 * sets the rules were tuned on, where the rules already cite what is easy, a third were.
 */
export const ADD_TRUST = 0.2;
/** A described visit or incident, or a question long enough to describe one whatever rule answered it. */
const ADDED_ROUTES: ReadonlySet<Route> = new Set(['case', 'incident']);
const DESCRIBED_LENGTH = 40;
/**
 * A visit worked through the rules was checked against the quiet-period calendar and the positive
 * list from the bureau's own data: where the rules found neither applies, the words that often go
 * with them (「能去吗」) do not make them apply.
 */
const READ_FROM_DATA: ReadonlySet<string> = new Set(['10', '9']);
/** A chat answer cites at most four clauses. */
const MAX_CITED = 4;
/** A piece of the question longer than this is not quoted back whole. */
const LONGEST_PIECE = 20;

/** The piece of the question (between punctuation) that speaks most for `clause`, if short enough to quote. */
function factOf(question: string, clause: ClauseId): string | undefined {
  let best: { piece: string; weight: number } | undefined;
  for (const piece of question.split(/[，,。.；;？?！!\s]+/)) {
    if (piece.length < 2) continue;
    const weight = clauseWeight(piece, clause);
    if (weight > 0 && (!best || weight > best.weight)) best = { piece, weight };
  }
  return best && best.piece.length <= LONGEST_PIECE ? best.piece : undefined;
}

/** A rule longer than this is cut to its parts (between commas) nearest the fact. */
const LONGEST_RULE = 48;

/** Character pairs a piece of text is made of, to tell which part of a rule speaks of a fact. */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) out.add(text.slice(i, i + 2));
  return out;
}

/**
 * The clause's sentence closest to the fact, as one part (its semicolons made commas); a long one
 * cut to the run of its parts that shares most with the fact and the question, as the scheme words it.
 */
function ruleOf(clause: ClauseId, fact: string, question: string): string {
  const sentence = bestSentence(clause, fact)
    .text.replace(/[。；]+$/, '')
    .replace(/；/g, '，');
  if (sentence.length <= LONGEST_RULE) return sentence;
  const parts = sentence.split('，');
  const near = pairs(`${fact}${question}`);
  const shared = (part: string) =>
    [...pairs(part)].filter((pair) => near.has(pair)).length + (part.includes(fact) ? 10 : 0);
  let best = { from: 0, to: 1, score: -1 };
  for (let from = 0; from < parts.length; from += 1) {
    let length = 0;
    let score = 0;
    for (let to = from; to < parts.length; to += 1) {
      length += (parts[to] ?? '').length + 1;
      if (length > LONGEST_RULE && to > from) break;
      score += shared(parts[to] ?? '');
      if (score > best.score) best = { from, to: to + 1, score };
    }
  }
  // 「……确需开展现场执法检查的」 is a condition: its consequence comes with it.
  let to = best.to;
  while (to < parts.length && /的$/.test(parts[to - 1] ?? '')) to += 1;
  return parts
    .slice(best.from, to)
    .join('，')
    .replace(/^(?:并|且|同时)/, '');
}

/**
 * 「罚款下了……整改核查还没做」 answered on the penalty alone: each clause the model finds likely to decide
 * the case, which the answer does not cite, is said after it with the fact it answers, within
 * what a chat answer cites.
 */
export function withModelClauses(
  route: Route,
  result: PolicyAnswer,
  question: string,
  previous?: string,
): PolicyAnswer {
  const described = ADDED_ROUTES.has(route) || question.length >= DESCRIBED_LENGTH;
  if (!described || result.outOfScope || result.citations.length >= MAX_CITED) return result;
  const cited = new Set<string>(result.citations.map((citation) => citation.clause));
  const likely = [...decidingClauses(question, previous)]
    .filter(([clause, p]) => p >= ADD_TRUST && !cited.has(clause) && clause in CLAUSE_LABELS)
    .filter(([clause]) => route !== 'case' || !READ_FROM_DATA.has(clause))
    .sort(([, a], [, b]) => b - a)
    .map(([clause]) => clause as ClauseId);
  const lines: { clause: ClauseId; text: string }[] = [];
  for (const clause of likely) {
    if (cited.size + lines.length >= MAX_CITED) break;
    // A clause is added for a fact the officer stated, named in their words.
    const fact = factOf(question, clause);
    if (fact)
      lines.push({ clause, text: `关于“${fact}”，${ruleOf(clause, fact, question)}（${tagOf(clause)}）。` });
  }
  if (lines.length === 0) return result;
  return {
    ...result,
    answer: `${result.answer}${result.answer.endsWith('。') ? '' : '。'}${lines.map((l) => l.text).join('')}`,
    citations: [...result.citations, ...cite(lines.map((l) => ({ clause: l.clause, about: l.text })))],
  };
}
