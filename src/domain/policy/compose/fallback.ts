import type { ClauseId } from '../../clauses.js';
import { getClause } from '../scheme.js';
import { bestSentence } from '../retrieve.js';
import type { Draft, Question } from './types.js';

/** 「第6条」 for numbered clauses, the full label for the rest. */
function shortLabel(clause: ClauseId): string {
  const label = getClause(clause).label;
  return /^第\d+条/.test(label) ? (label.split(' ')[0] as string) : label;
}

/**
 * No rule of composition fits, so the answer is the clause's own sentence closest to the question;
 * quoting it is never wrong, only less direct.
 */
export function fromBestSentence(question: Question, clause: ClauseId): Draft {
  const sentence = bestSentence(clause, question.text).text;
  return {
    answer: `根据${shortLabel(clause)}，${sentence.replace(/[；：]$/, '。')}`,
    cite: [{ clause, about: question.text }],
  };
}
