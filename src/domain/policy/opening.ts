import type { ClauseId } from '../clauses.js';
import { clauseTag } from './case-lines.js';
import type { Draft, Question } from './compose/types.js';
import { verdictFor } from './form.js';
import { choiceFirst, quantityFirst } from './lead-fragment.js';

// The first sentence of an answer from one clause: it answers the form asked before the quote.

/** 「多久」「有时限吗」: a period asked. */
export const PERIOD_ASKED = /时限|期限|多久|几天|多长时间|什么时候/;
const PERIOD =
  /\d+\s*(?:个工作日|天|日|个月|年)|[一二三四五六七八九十两]+(?:个工作日|天|日|个月|年)|未规定|没有规定/;
const HAS_QUANTITY = /\d|[一二三四五六七八九十两]+[次天日月年个栏项]|未规定|及时|年度|每年|全覆盖/;

/** What a number asked and not set by the scheme is: a count, an amount of a fine, else a period. */
function unsetQuantity(text: string): string {
  if (/比例|百分之|%|％/.test(text)) return '比例';
  if (/次|回|趟/.test(text)) return '次数';
  if (/几家|多少家|几户|多少户|多少个企业|多少企业/.test(text)) return '数量';
  if (/罚多少|罚款[^，。？?]{0,6}多少|多少钱|数额|金额/.test(text)) return '罚款数额';
  return '期限';
}

/** The first sentence answers the form asked: a yes or no first, a number or 「未规定」 for 几次/多久. */
export function opening(question: Question, draft: Draft): string {
  const text = draft.answer;
  // 「根据第6条，」 names a clause, not a number the question asked for.
  const first = (text.split('。')[0] ?? '').replace(/^根据第\d+条，/, '');
  // 「有时限吗」「多久要移交」: 「及时」 is no period, so say the scheme sets none, then what it says.
  const periodUnset = PERIOD_ASKED.test(question.text) && /及时/.test(first) && !PERIOD.test(first);
  if (question.form === 'yes-no') {
    if (periodUnset && /有[^，。？?]{0,4}(?:时限|期限)/.test(question.text))
      return `实施方案没有规定具体时限；${text}`;
    const verdict = verdictFor(question.text, text);
    return verdict ? `${verdict}。${text}` : text;
  }
  if (question.form === 'quantity' && periodUnset) return `实施方案未规定具体期限；${text}`;
  // 「第3条」 in the sentence is a clause's number, not the figure asked for; a share or a count of
  // enterprises is answered by a figure only, not by 「年度」「及时」.
  const unset = unsetQuantity(question.text);
  const figure = unset === '比例' || unset === '数量' ? /\d|百分之|全覆盖/ : HAS_QUANTITY;
  if (question.form === 'quantity' && !figure.test(first.replace(/第\d+条/g, ''))) {
    return `实施方案未规定具体${unset}；${text}`;
  }
  if (question.form === 'quantity') return quantityFirst(question.text, text);
  return choiceFirst(question.text, text);
}

/** 「……（第7条）。」: the answer's last sentence tagged with its clause, unless a clause is named already. */
export function withClauseTag(text: string, clause: ClauseId | undefined): string {
  if (!clause || /第\d+条|附件\d|三（[一二三]）|印发通知|总体要求/.test(text)) return text;
  return text.replace(/([^。])(。?)$/, `$1（${clauseTag(clause)}）$2`);
}
