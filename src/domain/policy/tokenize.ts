import { CONCEPT_FORMS, type Concept } from './concepts.js';
import { FUNCTION_CHARS, FUNCTION_PHRASES } from './stopwords.js';

/**
 * Text as search terms: `#concept` from the synonym dictionary, `w:` words from Intl.Segmenter
 * (in Node and workerd alike) and `b:` character bigrams, which still match when the segmenter
 * splits a term such as 举报 into single characters.
 */
export type Term = `#${Concept}` | `w:${string}` | `b:${string}`;

export interface Analysis {
  /** Concepts in order of appearance, repeated when the text repeats them. */
  concepts: Concept[];
  terms: Term[];
}

/** Full-width letters, digits and punctuation become half-width, so 「１２３４５」 meets 12345. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

type FormTable = Map<string, { form: string; concept: Concept }[]>;

let formsByFirstChar: FormTable | undefined;
let functionPhrase: RegExp | undefined;
let segmenter: Intl.Segmenter | undefined;

function formTable(): FormTable {
  if (formsByFirstChar) return formsByFirstChar;
  const table: FormTable = new Map();
  for (const { form, concept } of CONCEPT_FORMS) {
    const normal = normalize(form);
    const first = normal[0] as string;
    table.set(first, [...(table.get(first) ?? []), { form: normal, concept }]);
  }
  formsByFirstChar = table;
  return table;
}

/** Forward maximum matching: at each position the longest form wins and its characters are used up. */
export function findConcepts(normalized: string): Concept[] {
  const table = formTable();
  const found: Concept[] = [];
  let i = 0;
  while (i < normalized.length) {
    const match = table.get(normalized[i] as string)?.find(({ form }) => normalized.startsWith(form, i));
    if (match) {
      found.push(match.concept);
      i += match.form.length;
    } else {
      i += 1;
    }
  }
  return found;
}

function withoutFunctionPhrases(normalized: string): string {
  functionPhrase ??= new RegExp(FUNCTION_PHRASES.map(normalize).join('|'), 'g');
  return normalized.replace(functionPhrase, ' ');
}

function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && segment.length >= 2) out.push(segment);
  }
  return out;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i += 1) {
      const a = run[i] as string;
      const b = run[i + 1] as string;
      if (!FUNCTION_CHARS.has(a) && !FUNCTION_CHARS.has(b)) out.push(a + b);
    }
  }
  return out;
}

/**
 * Segmenting costs more than the rest together, so text that only steers the choice of a quote
 * (`words: false`) is matched by concepts and bigrams alone; a question gets all three.
 */
export function analyze(text: string, options: { words: boolean } = { words: true }): Analysis {
  const normalized = normalize(text);
  const concepts = findConcepts(normalized);
  const plain = withoutFunctionPhrases(normalized);
  const terms: Term[] = [
    ...concepts.map((concept): Term => `#${concept}`),
    ...(options.words ? words(plain).map((word): Term => `w:${word}`) : []),
    ...bigrams(plain).map((pair): Term => `b:${pair}`),
  ];
  return { concepts, terms };
}
