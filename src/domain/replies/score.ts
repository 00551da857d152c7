import { readReply, type ReplyReading } from './read-reply.js';
import type { ReplyAction, ReplyCard } from './verbs.js';

/** One typed reply of a corpus, with what it should be read as. */
export interface CorpusEntry {
  id: string;
  card: ReplyCard;
  text: string;
  expect: { action: ReplyAction; reason?: string | null; to?: string | null };
}

export interface KindScore {
  total: number;
  /** The action read right. */
  action: number;
  /** The action, and the reason and person where one is expected. */
  full: number;
}

export interface CorpusScore {
  byCard: Partial<Record<ReplyCard, KindScore>>;
  all: KindScore;
  misses: { id: string; text: string; expected: CorpusEntry['expect']; got: ReplyReading }[];
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s，,。.；;！!：:、（）()]/g, '');

/** Two wordings of one reason agree when one holds the other, punctuation aside. */
function agrees(expected: string | null | undefined, got: string | undefined): boolean {
  if (!expected) return true;
  if (!got) return false;
  const [a, b] = [squeeze(expected), squeeze(got)];
  return a.includes(b) || b.includes(a);
}

/** Scores the reader on a corpus, per card kind; a reason or person is checked only where expected. */
export function scoreCorpus(entries: readonly CorpusEntry[]): CorpusScore {
  const byCard: CorpusScore['byCard'] = {};
  const all: KindScore = { total: 0, action: 0, full: 0 };
  const misses: CorpusScore['misses'] = [];
  for (const entry of entries) {
    const got = readReply(entry.text, entry.card);
    const kind = (byCard[entry.card] ??= { total: 0, action: 0, full: 0 });
    const action = got.action === entry.expect.action;
    const full = action && agrees(entry.expect.reason, got.reason) && agrees(entry.expect.to, got.to);
    for (const score of [kind, all]) {
      score.total += 1;
      score.action += Number(action);
      score.full += Number(full);
    }
    if (!full) misses.push({ id: entry.id, text: entry.text, expected: entry.expect, got });
  }
  return { byCard, all, misses };
}
