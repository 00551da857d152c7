import { answerCase } from './case-answer.js';
import { cite } from './citations.js';
import { clauseReference } from './clause-reference.js';
import { compose } from './compose/index.js';
import { extractFacts, isDescribedCase } from './facts.js';
import { retrieve } from './retrieve.js';
import { isCovered, notCovered, otherEntry } from './scope.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

const YES_NO =
  /[吗么][？?。！!]*$|能不能|可不可以|是不是|算不算|要不要|需不需要|有没有|是否|能否|行不行|用不用|受不受|会不会/;
/** Only a question about visiting or checking an enterprise is a case for the inspection rules. */
const INSPECTION = /查|入企|现场|执法|实地|上门|走访|看看/;
const MAX_CITATIONS = 3;

/**
 * Answers an officer's question from 长环发〔2025〕36号. A described inspection (a date, a named
 * enterprise, or a unit planning a visit) goes through the rules module; any other question is
 * answered from the best-matching clause, or refused when no clause covers it.
 */
export function answer(question: string, ctx?: AnswerContext): PolicyAnswer {
  const retrieval = retrieve(question);
  const concepts = new Set(retrieval.query.concepts);
  if (concepts.has('otherEntry')) return otherEntry();
  const facts = extractFacts(question, retrieval.query.concepts, ctx);
  const visit = INSPECTION.test(question) || (facts.enterprise !== undefined && facts.planned);
  if (ctx && visit && isDescribedCase(facts)) {
    return answerCase(facts, question, ctx);
  }
  // A clause named by number is the one asked about, however little else the question shares with it.
  const clause =
    clauseReference(question) ?? (isCovered(retrieval, question) ? retrieval.hits[0]?.clause : undefined);
  if (!clause) return notCovered();
  const draft = compose(
    {
      text: question,
      concepts,
      yesNo: YES_NO.test(question.trim()),
      ...(facts.level ? { level: facts.level } : {}),
      ...(facts.type ? { type: facts.type } : {}),
    },
    clause,
  );
  return {
    answer: draft.answer,
    citations: cite(draft.cite).slice(0, MAX_CITATIONS),
    outOfScope: false,
    ...(draft.offerApproval ? { offerApproval: true } : {}),
  };
}
