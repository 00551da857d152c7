import { everyday } from '../everyday.js';
import { findConcepts, normalize } from '../tokenize.js';

/**
 * The text the lead model reads: the question in the scheme's words (simplified, everyday words
 * mapped), after the previous question when it leans on one; figures and spaces do not tell clauses
 * apart, so they are folded.
 */
export function modelText(question: string, previous?: string): string {
  const text = previous ? `${previous}｜${question}` : question;
  return everyday(text).replace(/\d+/g, '0').replace(/\s+/g, '');
}

/**
 * Single characters and character pairs (Chinese needs no word splitting for this), and the
 * scheme's concepts the answerer recognises (安静期, 举报, 专项 …) however they were worded.
 */
export function features(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i += 1) {
    out.add(text[i] as string);
    if (i + 1 < text.length) out.add(text.slice(i, i + 2));
  }
  for (const concept of findConcepts(normalize(text))) out.add(`#${concept}`);
  return [...out];
}
