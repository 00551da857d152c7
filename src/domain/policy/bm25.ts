/** Okapi BM25 over weighted terms, small enough to build per process on first use. */

const K1 = 1.2;
const B = 0.75;

interface Postings {
  docs: Int32Array;
  /** idf × the saturated, length-normalised term frequency: all a query needs per document. */
  impacts: Float64Array;
}

export interface Bm25Index<T extends string> {
  postings: Map<T, Postings>;
  /** The same impacts by document, for scoring a few chosen documents without the postings. */
  byDocument: Map<T, number>[];
  size: number;
}

/** Impacts are computed once here, so scoring a query is one multiply-add per posting. */
export function buildBm25<T extends string>(documents: readonly (readonly T[])[]): Bm25Index<T> {
  const lists = new Map<T, [number, number][]>();
  documents.forEach((terms, doc) => {
    const counts = new Map<T, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = lists.get(term);
      if (list) list.push([doc, tf]);
      else lists.set(term, [[doc, tf]]);
    }
  });
  const n = documents.length;
  const averageLength = documents.reduce((sum, terms) => sum + terms.length, 0) / Math.max(1, n);
  const postings = new Map<T, Postings>();
  const byDocument = documents.map(() => new Map<T, number>());
  for (const [term, list] of lists) {
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    const impacts = Float64Array.from(list, ([doc, tf]) => {
      const norm = K1 * (1 - B + (B * (documents[doc]?.length ?? 0)) / averageLength);
      return (idf * tf * (K1 + 1)) / (tf + norm);
    });
    list.forEach(([doc], i) => byDocument[doc]?.set(term, impacts[i] as number));
    postings.set(term, { docs: Int32Array.from(list, ([doc]) => doc), impacts });
  }
  return { postings, byDocument, size: n };
}

/** The score of one document; each distinct query term counts once, times its weight. */
export function scoreDocument<T extends string>(
  index: Bm25Index<T>,
  doc: number,
  query: ReadonlySet<T>,
  weight: (term: T) => number,
): number {
  const impacts = index.byDocument[doc];
  let score = 0;
  if (impacts) for (const term of query) score += weight(term) * (impacts.get(term) ?? 0);
  return score;
}

/** Scores of every document; each distinct query term counts once, times its weight. */
export function scoreBm25<T extends string>(
  index: Bm25Index<T>,
  query: Iterable<T>,
  weight: (term: T) => number,
): Float64Array {
  const scores = new Float64Array(index.size);
  for (const term of new Set(query)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const w = weight(term);
    for (let i = 0; i < list.docs.length; i += 1) {
      const doc = list.docs[i] as number;
      scores[doc] = (scores[doc] as number) + w * (list.impacts[i] as number);
    }
  }
  return scores;
}
