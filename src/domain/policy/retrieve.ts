import type { ClauseId } from '../clauses.js';
import { buildBm25, scoreBm25, scoreDocument, type Bm25Index } from './bm25.js';
import { scheme, type Sentence } from './scheme.js';
import { GENERIC_WORDS } from './stopwords.js';
import { analyze, type Analysis, type Term } from './tokenize.js';

/** A synonym hit says more than a word, and a word more than two characters side by side. */
function termWeight(term: Term): number {
  if (term.startsWith('#')) return 2;
  return term.startsWith('w:') ? 1 : 0.4;
}

/** Terms that show what a question is about, as opposed to words every clause uses. */
function isContentTerm(term: Term): boolean {
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
  /** Positions of each clause's sentences in `sentences`. */
  clauseSentences: Map<ClauseId, number[]>;
}

let built: RetrievalIndex | undefined;

function retrievalIndex(): RetrievalIndex {
  if (built) return built;
  const clauses = [...scheme().clauses.values()];
  const sentences = clauses.flatMap((clause) => clause.sentences);
  const clauseTerms = clauses.map((clause) => analyze(`${clause.label}\n${clause.text}`).terms);
  const clauseSentences = new Map<ClauseId, number[]>();
  sentences.forEach((sentence, i) =>
    clauseSentences.set(sentence.clause, [...(clauseSentences.get(sentence.clause) ?? []), i]),
  );
  built = {
    sentences,
    sentenceIndex: buildBm25(sentences.map((sentence) => analyze(sentence.text).terms)),
    clauseIds: clauses.map((clause) => clause.id),
    clauseIndex: buildBm25(clauseTerms),
    clauseTerms: clauseTerms.map((terms) => new Set(terms)),
    sentenceClause: sentences.map((sentence) => clauses.findIndex((clause) => clause.id === sentence.clause)),
    clauseSentences,
  };
  return built;
}

export interface ClauseHit {
  clause: ClauseId;
  score: number;
}

export interface Retrieval {
  query: Analysis;
  /** Best first; clauses sharing no term with the question are left out. */
  hits: ClauseHit[];
  /** The question's content terms the best clause contains. */
  shared: Term[];
}

/**
 * A clause scores by its whole text plus its best sentence, so a clause that answers in one
 * sentence beats one that mentions the same words scattered over a long paragraph.
 */
export function retrieve(question: string): Retrieval {
  const index = retrievalIndex();
  const query = analyze(question);
  const scores = scoreBm25(index.clauseIndex, query.terms, termWeight);
  const best = new Float64Array(scores.length);
  const sentenceScores = scoreBm25(index.sentenceIndex, query.terms, termWeight);
  for (let sentence = 0; sentence < sentenceScores.length; sentence += 1) {
    const clause = index.sentenceClause[sentence] as number;
    best[clause] = Math.max(best[clause] as number, sentenceScores[sentence] as number);
  }
  const hits: ClauseHit[] = [];
  index.clauseIds.forEach((clause, i) => {
    const score = (scores[i] as number) + (best[i] as number);
    if (score > 0) hits.push({ clause, score });
  });
  hits.sort((a, b) => b.score - a.score);
  const topTerms = hits[0] && index.clauseTerms[index.clauseIds.indexOf(hits[0].clause)];
  const shared = topTerms ? [...new Set(query.terms)].filter((t) => isContentTerm(t) && topTerms.has(t)) : [];
  return { query, hits, shared };
}

/** The clause's sentence that best matches the text, preferring real sentences over titles. */
export function bestSentence(
  clause: ClauseId,
  text: string,
  accept: (sentence: Sentence) => boolean = () => true,
): Sentence {
  const index = retrievalIndex();
  const query = new Set(analyze(text, { words: false }).terms);
  let best: Sentence | undefined;
  let bestScore = -Infinity;
  for (const i of index.clauseSentences.get(clause) ?? []) {
    const sentence = index.sentences[i] as Sentence;
    if (!accept(sentence)) continue;
    const score = scoreDocument(index.sentenceIndex, i, query, termWeight) - (sentence.heading ? 1000 : 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  if (!best) throw new Error(`Clause ${clause} has no sentences`);
  return best;
}
