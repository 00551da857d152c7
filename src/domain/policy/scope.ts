import { cite } from './citations.js';
import type { Retrieval } from './retrieve.js';
import type { PolicyAnswer } from './types.js';

/** Below this a clause shares only passing words with the question. */
export const MIN_SCORE = 8;

const NOT_COVERED = '实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。';
const OTHER_ENTRY =
  '这一事项不适用本实施方案：行政许可、工作调研、考核评估和核与辐射监管等其他入企行为按照相关规定和要求执行。';

/**
 * A question is answered only when its best clause scores well and shares a real subject with it:
 * a synonym-dictionary concept, or two words. One shared word is too weak: 「单位体检」 meets
 * 「全面体检」 in 第6条 by the word alone, and character pairs are weaker still.
 */
export function isCovered(retrieval: Retrieval): boolean {
  const top = retrieval.hits[0];
  if (!top || top.score < MIN_SCORE) return false;
  const strong = top.shared.filter((term) => !term.startsWith('b:'));
  return strong.some((term) => term.startsWith('#')) || strong.length >= 2;
}

export function notCovered(): PolicyAnswer {
  return { answer: NOT_COVERED, citations: [], outOfScope: true };
}

/** The notice itself leaves 行政许可、核与辐射 and the like to other rules; say so and quote it. */
export function otherEntry(): PolicyAnswer {
  return {
    answer: OTHER_ENTRY,
    citations: cite([{ clause: 'notice', about: '行政许可 工作调研 考核评估 核与辐射监管 其他入企行为' }]),
    outOfScope: true,
  };
}
