import type { ClauseId } from '../clauses.js';
import { retrieve, type Retrieval } from './retrieve.js';
import { isCovered } from './scope.js';
import { STATED_FAMILIES } from './stated-context.js';

/** How many of the question's best clauses the ask's clause must be among, and how close to the best. */
const CONTENDERS = 4;
const CLOSE = 0.4;
/** An ask phrase this strong names its clause on its own (「方案里普法能用哪些形式」). */
const ASK_ALONE = 9;
/** The cover notice and part 一, which speak of the whole scheme. */
const GENERAL = /^(?:notice|general)$/;

/** The part of a message that asks: its last phrase, with the one before when that is only 「行不行」. */
export function askPart(question: string): string {
  const parts = question.split(/[，,；;。！!？?\s]+/).filter(Boolean);
  const last = parts.at(-1) ?? question;
  return last.length < 6 && parts.length > 1 ? `${parts.at(-2) ?? ''}${last}` : last;
}

/**
 * 「正面清单企业一年难得查一回，记录仪还用全程开着吗」: the best clause by word overlap may be the
 * one a stated fact belongs to (正面清单, 第9条) while the ask is another's (第6条). When the fact's
 * words are not in the ask itself, the clause the ask names leads: the ask phrase's own best clause,
 * else the best clause of the question without the facts' words, when it was a close contender.
 */
export function askedOverContext(question: string, retrieval: Retrieval): ClauseId | undefined {
  const top = retrieval.hits[0];
  if (!top) return undefined;
  const matched = STATED_FAMILIES.filter((family) => !family.sayOnly).flatMap((family) => {
    const word = family.fact.words.exec(question)?.[0];
    return word ? [{ family, word }] : [];
  });
  const leading = matched.filter(
    ({ family }) => family.fact.clause === top.clause || family.near?.includes(top.clause),
  );
  if (leading.length === 0) return undefined;
  const ask = askPart(question);
  if (leading.some(({ family }) => family.fact.words.test(ask) || family.ownAsk.test(ask))) return undefined;
  const contender = (clause: ClauseId | undefined): boolean =>
    retrieval.hits
      .slice(0, CONTENDERS)
      .some((hit) => hit.clause === clause && hit.score >= CLOSE * top.score);
  const askRetrieval = retrieve(ask);
  const alone = askRetrieval.hits[0];
  // A rule or a form the ask phrase names stands: strongly, or as the question's close contender. The
  // cover notice and part 一 share too many everyday words to be named by a phrase alone: they must be both.
  if (alone && alone.clause !== top.clause) {
    const covered = isCovered(askRetrieval, ask);
    const close = contender(alone.clause);
    const strong = alone.score >= ASK_ALONE && !alone.clause.startsWith('annex-');
    if (GENERAL.test(alone.clause) ? covered && close : strong || covered || close) return alone.clause;
  }
  const rest = matched.reduce((text, { word }) => text.split(word).join(''), question);
  const without = retrieve(rest);
  const clause = without.hits[0]?.clause;
  const found = clause && clause !== top.clause && !GENERAL.test(clause) && isCovered(without, rest);
  return found && contender(clause) ? clause : undefined;
}
