import { clauseLabel, type ClauseId } from '../clauses.js';
import { bestSentence } from './retrieve.js';
import type { Citation } from './types.js';

export interface CitationRequest {
  clause: ClauseId;
  /** What the quote should support; the clause's sentence closest to it is quoted. */
  about: string;
}

/** Quotes already chosen: most requests' `about` is a rule's fixed wording, asked again and again. */
const quotes = new Map<string, string>();
const MAX_QUOTES = 4000;

function quoteFor(clause: ClauseId, text: string): string {
  const key = `${clause}\n${text}`;
  let quote = quotes.get(key);
  if (quote === undefined) {
    if (quotes.size >= MAX_QUOTES) quotes.clear();
    quote = bestSentence(clause, text).text;
    quotes.set(key, quote);
  }
  return quote;
}

/** One citation per clause, in the order asked, each quoting the clause's best sentence. */
export function cite(requests: readonly CitationRequest[]): Citation[] {
  const about = new Map<ClauseId, string>();
  for (const { clause, about: text } of requests) about.set(clause, `${about.get(clause) ?? ''}\n${text}`);
  return [...about].map(([clause, text]) => ({
    clause,
    label: clauseLabel(clause),
    quote: quoteFor(clause, text),
  }));
}
