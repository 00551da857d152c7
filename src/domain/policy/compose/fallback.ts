import type { ClauseId } from '../../clauses.js';
import { CONCEPT_FORMS } from '../concepts.js';
import { getClause } from '../scheme.js';
import { bestSentence } from '../retrieve.js';
import type { Draft, Question } from './types.js';

/** 「无感式执法是怎么回事」: asks what a clause's own term means. */
const DEFINITION = /是什么|是啥|怎么回事|什么意思|啥意思|指什么|含义|怎么理解/;
const WHAT_ELSE = /另有什么要求|其他要求|其它要求|别的要求/;
/** Longest a whole clause may be to answer a definition in chat. */
const WHOLE_CLAUSE_MAX = 200;

/** 「第6条」 for numbered clauses, the full label for the rest. */
function shortLabel(clause: ClauseId): string {
  const label = getClause(clause).label;
  return /^第\d+条/.test(label) ? (label.split(' ')[0] as string) : label;
}

/**
 * The question's own wording of a scheme term, when just one of the clause's sentences uses it:
 * 「执法和服务」 is said in one sentence of 总体要求, though its concept is in several.
 */
function literalSentence(text: string, sentences: readonly string[]): string | undefined {
  for (const { form } of CONCEPT_FORMS) {
    if (form.length < 4 || !text.includes(form)) continue;
    const using = sentences.filter((sentence) => sentence.includes(form));
    if (using.length === 1 && sentences.length > 1) return using[0];
  }
  return undefined;
}

/**
 * No rule of composition fits, so the answer is the clause's own sentence closest to the question;
 * quoting it is never wrong, only less direct. A definition of the term a clause is headed by
 * takes the clause's body when it is short.
 */
export function fromBestSentence(question: Question, clause: ClauseId): Draft {
  const { sentences } = getClause(clause);
  const body = sentences.filter((sentence) => !sentence.heading).map((sentence) => sentence.text);
  const heading = sentences.find((sentence) => sentence.heading)?.text ?? '';
  const whole = body.join('');
  // 「还有别的吗」 after a question on one of its sentences: the whole clause, when it is short.
  const rest = WHAT_ELSE.test(question.text) && whole.length <= WHOLE_CLAUSE_MAX;
  // 「无感式执法」 typed alone, as a leader does, asks what the term is.
  const bare =
    question.text.length <= 8 && !/[？?吗么呢]|什么|怎么|谁|哪|几|多少|能|可以|要/.test(question.text);
  const defined =
    (DEFINITION.test(question.text) || bare) &&
    whole.length <= WHOLE_CLAUSE_MAX &&
    CONCEPT_FORMS.some(
      ({ form }) =>
        form.length >= 2 && question.text.includes(form) && heading.includes(form) && !whole.includes(form),
    );
  const sentence =
    defined || rest
      ? whole
      : (literalSentence(question.text, body) ?? bestSentence(clause, question.text).text);
  return {
    answer: `根据${shortLabel(clause)}，${sentence.replace(/[；：]$/, '。')}`,
    cite: [{ clause, about: question.text }],
  };
}
