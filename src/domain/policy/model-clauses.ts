import { CLAUSE_LABELS, type ClauseId } from '../clauses.js';
import { cite } from './citations.js';
import { clauseWeight, decidingClauses } from './lead-model/index.js';
import { formLine, ruleOf } from './clause-rule.js';
import type { Route } from './second-opinion.js';
import { clauseTag } from './case-lines.js';
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
    const rule = fact && (formLine(clause) ?? ruleOf(clause, fact, question));
    if (rule) lines.push({ clause, text: `关于“${fact}”，${rule}（${clauseTag(clause)}）。` });
  }
  if (lines.length === 0) return result;
  return {
    ...result,
    answer: `${result.answer}${result.answer.endsWith('。') ? '' : '。'}${lines.map((l) => l.text).join('')}`,
    citations: [...result.citations, ...cite(lines.map((l) => ({ clause: l.clause, about: l.text })))],
  };
}
