/** Okapi BM25 over weighted terms, small enough to build per process on first use. */

const K1 = 1.2;
const B = 0.75;

export interface Bm25Index<T extends string> {
  /** term → [document, term frequency] pairs */
  postings: Map<T, [number, number][]>;
  idf: Map<T, number>;
  lengths: number[];
  averageLength: number;
}

export function buildBm25<T extends string>(documents: readonly (readonly T[])[]): Bm25Index<T> {
  const postings = new Map<T, [number, number][]>();
  documents.forEach((terms, doc) => {
    const counts = new Map<T, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) postings.set(term, [...(postings.get(term) ?? []), [doc, tf]]);
  });
  const n = documents.length;
  const idf = new Map<T, number>();
  for (const [term, list] of postings)
    idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  const lengths = documents.map((terms) => terms.length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, n);
  return { postings, idf, lengths, averageLength };
}

/** Scores of every document; each distinct query term counts once, times its weight. */
export function scoreBm25<T extends string>(
  index: Bm25Index<T>,
  query: Iterable<T>,
  weight: (term: T) => number,
): Float64Array {
  const scores = new Float64Array(index.lengths.length);
  for (const term of new Set(query)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const w = weight(term) * (index.idf.get(term) ?? 0);
    for (const [doc, tf] of list) {
      const norm = K1 * (1 - B + (B * (index.lengths[doc] as number)) / index.averageLength);
      scores[doc] = (scores[doc] as number) + (w * tf * (K1 + 1)) / (tf + norm);
    }
  }
  return scores;
}
