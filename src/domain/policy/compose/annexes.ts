import { ANNEXES, readForm } from './annex.js';
import type { Draft, Question } from './types.js';

/** 「方案有几个附件」「附件都有哪些」: the forms the scheme carries, not one of them. */
export function asksAnnexes(text: string): boolean {
  return /附件(?![1-3一二三])/.test(text) && /几|哪些|多少|什么/.test(text);
}

export function annexes(question: Question): Draft {
  const titles = ANNEXES.map((clause) => `附件${clause.slice(-1)}《${readForm(clause).title}》`);
  const count = question.form === 'quantity' ? `共${titles.length}个附件：` : '的附件为';
  return {
    answer: `实施方案${count}${titles.join('、')}。`,
    cite: ANNEXES.map((clause) => ({ clause, about: readForm(clause).title })),
  };
}
