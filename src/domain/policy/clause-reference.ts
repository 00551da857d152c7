import { CLAUSE_LABELS, type ClauseId } from '../clauses.js';
import { chineseNumber } from './numerals.js';

const NUMBERED = /第\s*(\d{1,2}|[一二三四五六七八九十]+)\s*条/;
const ANNEX = /附件\s*([123一二三])/;
const ORG = /三\s*[（(]\s*([一二三])\s*[)）]/;

function known(id: string): ClauseId | undefined {
  return id in CLAUSE_LABELS ? (id as ClauseId) : undefined;
}

/** The clause a question names by number (第10条, 第十条, 附件2, 三（一）), if it names one. */
export function clauseReference(question: string): ClauseId | undefined {
  const text = question.normalize('NFKC');
  const numbered = NUMBERED.exec(text)?.[1];
  if (numbered) return known(String(/\d/.test(numbered) ? Number(numbered) : chineseNumber(numbered)));
  const annex = ANNEX.exec(text)?.[1];
  if (annex) return known(`annex-${/\d/.test(annex) ? annex : chineseNumber(annex)}`);
  const org = ORG.exec(text)?.[1];
  return org ? known(`org-${chineseNumber(org)}`) : undefined;
}
