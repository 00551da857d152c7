import type { ClauseId } from '../clauses.js';
import { buildBm25, scoreBm25, type Bm25Index } from './bm25.js';
import { scheme, type Sentence } from './scheme.js';
import { GENERIC_WORDS } from './stopwords.js';
import { analyze, type Analysis, type Term } from './tokenize.js';

/** A synonym hit says more than a word, and a word more than two characters side by side. */
function termWeight(term: Term): number {
  if (term.startsWith('#')) return 2;
  return term.startsWith('w:') ? 1 : 0.4;
}

/** Terms that show what a question is about, as opposed to words every clause uses. */
export function isContentTerm(term: Term): boolean {
  return term.startsWith('#') || !GENERIC_WORDS.has(term.slice(2));
}

interface RetrievalIndex {
  sentences: Sentence[];
  sentenceIndex: Bm25Index<Term>;
  clauseIds: ClauseId[];
  clauseIndex: Bm25Index<Term>;
  clauseTerms: Set<Term>[];
  /** Position of each sentence's clause in `clauseIds`. */
  sentenceClause: number[];
}

let built: RetrievalIndex | undefined;

function retrievalIndex(): RetrievalIndex {
  if (built) return built;
  const clauses = [...scheme().clauses.values()];
  const sentences = clauses.flatMap((clause) => clause.sentences);
  const clauseTerms = clauses.map((clause) => analyze(`${clause.label}\n${clause.text}`).terms);
  built = {
    sentences,
    sentenceIndex: buildBm25(sentences.map((sentence) => analyze(sentence.text).terms)),
    clauseIds: clauses.map((clause) => clause.id),
    clauseIndex: buildBm25(clauseTerms),
    clauseTerms: clauseTerms.map((terms) => new Set(terms)),
    sentenceClause: sentences.map((sentence) => clauses.findIndex((clause) => clause.id === sentence.clause)),
  };
  return built;
}

export interface ClauseHit {
  clause: ClauseId;
  score: number;
  /** The question's content terms this clause contains. */
  shared: Term[];
}

export interface Retrieval {
  query: Analysis;
  /** Best first; clauses sharing no term with the question are left out. */
  hits: ClauseHit[];
}

/**
 * A clause scores by its whole text plus its best sentence, so a clause that answers in one
 * sentence beats one that mentions the same words scattered over a long paragraph.
 */
export function retrieve(question: string): Retrieval {
  const index = retrievalIndex();
  const query = analyze(question);
  const clauseScores = scoreBm25(index.clauseIndex, query.terms, termWeight);
  const best = new Float64Array(index.clauseIds.length);
  scoreBm25(index.sentenceIndex, query.terms, termWeight).forEach((score, sentence) => {
    const clause = index.sentenceClause[sentence] as number;
    if (score > (best[clause] as number)) best[clause] = score;
  });
  const content = [...new Set(query.terms)].filter(isContentTerm);
  const hits = index.clauseIds
    .map((clause, i) => ({
      clause,
      score: (clauseScores[i] as number) + (best[i] as number),
      shared: content.filter((term) => index.clauseTerms[i]?.has(term)),
    }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
  return { query, hits };
}

/** The clause's sentence that best matches the text, preferring real sentences over titles. */
export function bestSentence(
  clause: ClauseId,
  text: string,
  accept: (sentence: Sentence) => boolean = () => true,
): Sentence {
  const index = retrievalIndex();
  const scores = scoreBm25(index.sentenceIndex, analyze(text, { words: false }).terms, termWeight);
  let best: Sentence | undefined;
  let bestScore = -1;
  index.sentences.forEach((sentence, i) => {
    if (sentence.clause !== clause || !accept(sentence)) return;
    const score = (scores[i] as number) - (sentence.heading ? 1000 : 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  });
  if (!best) throw new Error(`Clause ${clause} has no sentences`);
  return best;
}
