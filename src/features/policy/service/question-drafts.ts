import { FOLLOW_UP_MS } from '../store/recent-repo.js';
import type { AskedRow } from '../store/asked-repo.js';

/**
 * A question asked in chat, shaped as an item of the policy question sets (test/policy/forms.ts
 * `FormItem`) for a person to label: `clauses` starts as the bot's citations, and `category`,
 * `form`, `answer` and `mustMention` are left for the labeller. Who asked is left out.
 */
export interface QuestionDraft {
  id: string;
  category: '';
  q: string;
  /** The asker's question just before, when this one was read with it as a follow-up. */
  previous?: string;
  clauses: string[];
  form: '';
  answer: null;
  mustMention: string[];
  /** The bureau's day it was asked on: relative dates in it resolve against this day. */
  asked: string;
  bot: { answer: string; outOfScope: boolean };
  feedback: { useful: number; notUseful: number };
}

export interface DraftOptions {
  /** Only the answers someone marked 没用. */
  unhelpfulOnly?: boolean;
}

/**
 * Rows oldest first. A follow-up leans on the same asker's last question in the same chat within
 * the follow-up window, unless that one was refused, as the chat reads it.
 */
export function questionDrafts(rows: AskedRow[], options: DraftOptions = {}): QuestionDraft[] {
  const last = new Map<string, AskedRow>();
  const perDay = new Map<string, number>();
  const drafts: QuestionDraft[] = [];
  for (const row of rows) {
    const key = `${row.openId}\u0000${row.chatId}`;
    const before = last.get(key);
    const age = before ? Date.parse(row.askedAt) - Date.parse(before.askedAt) : Infinity;
    const previous = before && age >= 0 && age <= FOLLOW_UP_MS ? before.question : undefined;
    if (!row.answer.outOfScope) last.set(key, row);
    const n = (perDay.get(row.today) ?? 0) + 1;
    perDay.set(row.today, n);
    if (options.unhelpfulOnly && row.notUseful === 0) continue;
    drafts.push({
      id: `q-${row.today.replaceAll('-', '')}-${String(n).padStart(3, '0')}`,
      category: '',
      q: row.question,
      ...(previous ? { previous } : {}),
      clauses: row.answer.citations.map((citation) => citation.clause),
      form: '',
      answer: null,
      mustMention: [],
      asked: row.today,
      bot: { answer: row.answer.answer, outOfScope: row.answer.outOfScope },
      feedback: { useful: row.useful, notUseful: row.notUseful },
    });
  }
  return drafts;
}
