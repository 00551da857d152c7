import { readAnswerFeedback, type AnswerFeedback } from './answer-feedback.js';

/** A typed reply to a policy answer, labelled by a person: its verdict and the question after it. */
export interface AnswerReplyEntry {
  id: string;
  previousQ: string;
  reply: string;
  kind: 'unhelpful' | 'unhelpful+question' | 'useful' | 'useful+question' | 'neither';
  rest: string;
}

export interface AnswerReplyScore {
  total: number;
  /** The verdict read right (有用, 没用, or no judgement). */
  verdict: number;
  /** The verdict, and the question typed with it. */
  full: number;
}

const VERDICT: Record<AnswerReplyEntry['kind'], AnswerFeedback['verdict']> = {
  unhelpful: 'unhelpful',
  'unhelpful+question': 'unhelpful',
  useful: 'useful',
  'useful+question': 'useful',
  neither: 'none',
};

/**
 * The question compared without what only restates it (「我问的是」) or ends it: the reader drops
 * the first, as the answerer needs only the question.
 */
const bare = (s: string) =>
  s
    .normalize('NFKC')
    .replace(
      /^(?:我(?:[问問]的|是[问問]|是[说說]|想[问問]|的意思是|要[问問]的)|[问問]的是|我[说說]的是)(?:是)?/u,
      '',
    )
    .replace(/[\s，,。.；;！!：:、?？~～…]/gu, '');

export function scoreAnswerReplies(entries: AnswerReplyEntry[]): {
  byKind: Record<string, AnswerReplyScore>;
  all: AnswerReplyScore;
  misses: { id: string; reply: string; kind: string; rest: string; got: AnswerFeedback }[];
} {
  const byKind: Record<string, AnswerReplyScore> = {};
  const all: AnswerReplyScore = { total: 0, verdict: 0, full: 0 };
  const misses = [];
  for (const entry of entries) {
    const got = readAnswerFeedback(entry.reply);
    const verdictRight = got.verdict === VERDICT[entry.kind];
    const full = verdictRight && bare(got.rest) === bare(entry.rest);
    const score = (byKind[entry.kind] ??= { total: 0, verdict: 0, full: 0 });
    for (const s of [score, all]) {
      s.total += 1;
      if (verdictRight) s.verdict += 1;
      if (full) s.full += 1;
    }
    if (!full) misses.push({ id: entry.id, reply: entry.reply, kind: entry.kind, rest: entry.rest, got });
  }
  return { byKind, all, misses };
}
