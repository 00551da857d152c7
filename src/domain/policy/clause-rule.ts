import { clauseLabel, type ClauseId } from '../clauses.js';
import { bestSentence } from './retrieve.js';
import { getClause } from './scheme.js';

/*
 * The scheme's own words said beside a fact of a case: the run of a clause's sentence that speaks of
 * the fact, cut where the scheme's commas are, never mid-phrase, with what a condition needs.
 */

/** A rule is cut to at most this many characters of its parts (between commas) nearest the fact. */
const LONGEST_RULE = 48;

/** Character pairs a piece of text is made of, to tell which part of a rule speaks of a fact. */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) out.add(text.slice(i, i + 2));
  return out;
}

/** The parts of a sentence between commas, a comma inside 「“谁查处，谁督改”」 not counted. */
function partsOf(sentence: string): string[] {
  const parts = [''];
  let quoted = false;
  for (const char of sentence) {
    if (char === '“' || char === '”') quoted = char === '“';
    if (char === '，' && !quoted) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

/** A run of parts shorter than this says too little alone. */
const SHORTEST_RULE = 12;

/** A part that continues the one before it. */
const CONTINUES = /^(?:以及|或者|或|及|和|与|等|但)/;

/** A short part that frames the next one in time: 「“企业安静期”时段内」「检查结束后」. */
const FRAME = /^.{2,12}(?:内|时|中|期间|后|前)$/;

/** An annex is a form: what it answers is that the form is filled in. */
export function formLine(clause: ClauseId): string | undefined {
  return clause.startsWith('annex-') ? `应填写《${clauseLabel(clause).split(' ')[1]}》` : undefined;
}

interface Run {
  text: string;
  score: number;
}

/**
 * The run of a sentence's parts, within LONGEST_RULE characters, that shares most character pairs
 * with the fact (twice over) and the question; a 「……的」 condition keeps its consequence.
 */
function bestRun(sentence: string, shared: (part: string) => number): Run {
  const parts = partsOf(sentence.replace(/[。；]+$/, ''));
  let best = { from: 0, to: 1, score: 0 };
  for (let from = 0; from < parts.length; from += 1) {
    // A run starts where a sentence could: not at 「以及……」「或者……」.
    if (CONTINUES.test(parts[from] ?? '')) continue;
    let length = 0;
    let score = 0;
    for (let to = from; to < parts.length; to += 1) {
      length += (parts[to] ?? '').length + 1;
      if (length > LONGEST_RULE && to > from) break;
      score += shared(parts[to] ?? '');
      if (score > best.score) best = { from, to: to + 1, score };
    }
  }
  // 「……确需实施检查的」 keeps its consequence, 「……，或者……的」 its alternative, and 「“企业安静期”时段内」 the frame before it.
  // A part too short to say anything (「实施入企执法检查」) is said with what follows it.
  let to = best.to;
  const said = () => parts.slice(best.from, to).join('，').length;
  while (
    to < parts.length &&
    (/的$/.test(parts[to - 1] ?? '') || CONTINUES.test(parts[to] ?? '') || said() < SHORTEST_RULE)
  )
    to += 1;
  const from = best.from > 0 && FRAME.test(parts[best.from - 1] ?? '') ? best.from - 1 : best.from;
  // 「并将……移交」 reads whole without its 「并」.
  const text = parts
    .slice(from, to)
    .join('，')
    .replace(/^(?:并|且|同时)/, '');
  return { text, score: best.score };
}

/**
 * The clause's words that speak of the fact: its sentence nearest the fact in the scheme's terms
 * (「两拨人进同一家」 is 综合一次查's), cut to the run of parts sharing most with the fact and the
 * question; where that shares no word with them, the run of any of its sentences that shares most.
 * `undefined` when none does: the rule would not speak of the fact.
 */
export function ruleOf(clause: ClauseId, fact: string, question: string): string | undefined {
  const ofFact = pairs(fact);
  const ofQuestion = pairs(question);
  const shared = (part: string) =>
    [...pairs(part)].reduce((sum, pair) => sum + (ofFact.has(pair) ? 2 : ofQuestion.has(pair) ? 1 : 0), 0);
  let best = bestRun(bestSentence(clause, fact).text, shared);
  if (best.score > 0) return best.text;
  for (const sentence of getClause(clause).sentences) {
    if (sentence.heading) continue;
    const run = bestRun(sentence.text, shared);
    if (run.score > best.score) best = run;
  }
  return best.score > 0 ? best.text : undefined;
}
