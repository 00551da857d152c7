import { clauseLabel, type ClauseId } from '../clauses.js';
import { cleanSchemeText } from './join.js';
import { SCHEME_TEXT } from './text/scheme-text.js';

export interface Sentence {
  clause: ClauseId;
  /** Verbatim from the cleaned text, without the list marker that opens a clause. */
  text: string;
  /** A clause title or a table section header: good for finding the clause, useless as a quote. */
  heading: boolean;
}

export interface Clause {
  id: ClauseId;
  label: string;
  text: string;
  sentences: Sentence[];
}

export interface Scheme {
  /** The cleaned text every quote comes from. */
  text: string;
  clauses: ReadonlyMap<ClauseId, Clause>;
}

const ORG_IDS: Record<string, ClauseId> = { 一: 'org-1', 二: 'org-2', 三: 'org-3' };
const CLAUSE_MARKER = /^(?:\d{1,2}\.|（[一二三]）)/;
const SENTENCE = /[^。；！？]+[。；！？]?/g;
const TABLE_HEADER = /^(?:[一二三四]、|编号：|日期：)/;

type Part = 'front' | 'measures' | 'org' | 'annexes';

/** Which clause a line opens, if any, given the part of the document the walk is in. */
function opening(line: string, part: Part): ClauseId | null | undefined {
  const annex = /^附件 (\d)$/.exec(line);
  if (annex) return `annex-${annex[1]}` as ClauseId;
  // Inside the annex tables, 一、基本信息 and the like are rows of the form, not document headings.
  if (part === 'annexes')
    return line.startsWith('附件：') || line === '长治市生态环境局办公室' ? null : undefined;
  if (line.startsWith('各分局')) return 'notice';
  if (line === '一、总体要求') return 'general';
  const numbered = /^(\d{1,2})\./.exec(line);
  if (part === 'measures' && numbered) return numbered[1] as ClauseId;
  const org = /^（([一二三])）/.exec(line);
  if (part === 'org' && org) return ORG_IDS[org[1] as string];
  // Any other heading or the annex list closes the clause being read.
  if (/^(?:[一二三]、|（[一二三四五]）|\(此件|附件：)/.test(line)) return null;
  return undefined;
}

function splitSentences(clause: ClauseId, lines: readonly string[]): Sentence[] {
  const annex = clause.startsWith('annex-');
  return lines.flatMap((line, lineIndex) => {
    if (annex) return [{ clause, text: line, heading: TABLE_HEADER.test(line) }];
    const body = line.replace(CLAUSE_MARKER, '');
    const clauseTitle = lineIndex === 0 && body !== line;
    return (
      (body.match(SENTENCE) ?? [])
        .map((text) => text.trim())
        .filter((text) => text !== '')
        // A sentence of a few characters (加强培训宣传。) is a sub-title, not something to quote.
        .map((text, index) => ({ clause, text, heading: (clauseTitle && index === 0) || text.length <= 8 }))
    );
  });
}

function parseScheme(raw: string): Scheme {
  const text = cleanSchemeText(raw);
  const lines = new Map<ClauseId, string[]>();
  let part: Part = 'front';
  let current: ClauseId | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('附件：')) part = 'annexes';
    else if (part !== 'annexes' && line.startsWith('二、')) part = 'measures';
    else if (part !== 'annexes' && line.startsWith('三、')) part = 'org';
    const opened = opening(line, part);
    if (opened === null) current = undefined;
    else if (opened !== undefined) current = opened;
    // The annex number and the section title only name the clause; the label already does that.
    if (current === undefined || line === '一、总体要求' || /^附件 \d$/.test(line)) continue;
    lines.set(current, [...(lines.get(current) ?? []), line]);
  }
  const clauses = new Map<ClauseId, Clause>();
  for (const [id, clauseLines] of lines) {
    clauses.set(id, {
      id,
      label: clauseLabel(id),
      text: clauseLines.join('\n'),
      sentences: splitSentences(id, clauseLines),
    });
  }
  return { text, clauses };
}

let parsed: Scheme | undefined;

/** 长环发〔2025〕36号, parsed on first use. */
export function scheme(): Scheme {
  parsed ??= parseScheme(SCHEME_TEXT);
  return parsed;
}

export function getClause(id: ClauseId): Clause {
  const clause = scheme().clauses.get(id);
  if (!clause) throw new Error(`Clause ${id} is missing from the scheme text`);
  return clause;
}
