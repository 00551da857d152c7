import type { ClauseId } from '../clauses.js';
import { askSentence } from './ask-sentence.js';
import { clauseTag } from './case-lines.js';
import { CONCEPT_FORMS } from './concepts.js';
import type { PolicyAnswer } from './types.js';

/**
 * 「检查方案报谁批、查完结果要不要告诉企业、处罚决定谁来公示」: one message, several asks, each a
 * clause of its own. The message's answer answers one of them; each other ask whose clause it does
 * not cite is answered after it, in its own first sentence.
 */

/** A phrase that asks: who, which, whether (要不要, 告不告诉), how, what. */
const ASK_MARK =
  /谁|哪(?:张|个|些|几|种|一)|要不要|需不需要|用不用|能不能|可不可以|咋|怎么|如何|什么|啥|([\u4e00-\u9fff])不\1|[吗么]$/;
/** Shorter than this, a phrase is only an ask word (「能去吗」「咋办」), not an ask of its own. */
const MIN_ASK = 6;
/** A chat answer names at most this many clauses. */
const MAX_CLAUSES = 4;

/** The phrases of the message's ask sentence that each ask something. */
export function asksOf(question: string): string[] {
  return askSentence(question)
    .split(/[，,、；;：:？?。！!\s]+/)
    .filter((part) => part.length >= MIN_ASK && ASK_MARK.test(part));
}

/** 「……（第6条）」: the first sentence of an answer, tagged with its clause when it is not. */
function firstSentence(result: PolicyAnswer, clause: ClauseId): string {
  const [first = '', next = ''] = result.answer.split('。');
  // 「需要。根据第6条，检查结束后……」: a bare verdict is said with the rule after it.
  const sentence = (
    first.length <= 4 && next ? `${first}，${next.replace(/^根据[^，]{1,12}，/, '')}` : first
  ).replace(/^根据[^，]{1,12}，/, '');
  return /（(?:第\d+条|附件\d|三（[一二三]）|印发通知|总体要求)）$/.test(sentence)
    ? sentence
    : `${sentence}（${clauseTag(clause)}）`;
}

/** Whether the answer already speaks to the ask: a word of the scheme's, or four characters, it shares. */
function spokenTo(ask: string, answer: string): boolean {
  if (CONCEPT_FORMS.some(({ form }) => form.length >= 2 && ask.includes(form) && answer.includes(form)))
    return true;
  for (let at = 0; at + 4 <= ask.length; at += 1) if (answer.includes(ask.slice(at, at + 4))) return true;
  return false;
}

/** The cover notice and part 一 speak of the whole scheme: no answer to one ask of several. */
const GENERAL: ReadonlySet<ClauseId> = new Set<ClauseId>(['notice', 'general']);

/** The message's answer with each further ask answered after it. */
export function withFurtherAsks(
  question: string,
  result: PolicyAnswer,
  answerPart: (part: string) => PolicyAnswer,
): PolicyAnswer {
  if (result.outOfScope) return result;
  const asks = asksOf(question);
  if (asks.length < 2) return result;
  let { answer, citations } = result;
  for (const ask of asks) {
    if (spokenTo(ask, answer)) continue;
    const part = answerPart(ask);
    const top = part.citations[0];
    if (part.outOfScope || !top || GENERAL.has(top.clause) || citations.some((c) => c.clause === top.clause))
      continue;
    if (new Set([...citations.map((c) => c.clause), top.clause]).size > MAX_CLAUSES) break;
    answer = `${answer.replace(/。$/, '')}；${firstSentence(part, top.clause)}。`;
    citations = [...citations, top];
  }
  return answer === result.answer ? result : { ...result, answer, citations };
}
