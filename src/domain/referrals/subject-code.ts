import { checkIdNumber, hasBirthDate } from './id-number.js';
import { checkUscc } from './uscc.js';
import { normaliseCode, toHalfWidth } from './text.js';

/**
 * The annex has one box, 「统一社会信用代码/身份证号」, so whatever is typed there has to be told
 * apart: an all-digit value is read as an ID number when it checks out as one.
 */

export interface SubjectCode {
  uscc?: string;
  idNumber?: string;
  /** Neither check passed, so the reading is a guess. */
  unsure: boolean;
}

export function classifyCode(raw: string, labelledAsId = false): SubjectCode {
  const code = normaliseCode(raw);
  if (labelledAsId || /^\d{15}$/.test(code)) return { idNumber: code, unsure: false };
  if (!/^\d{17}[\dX]$/.test(code) || checkUscc(code).ok) return { uscc: code, unsure: false };
  if (checkIdNumber(code).ok) return { idNumber: code, unsure: false };
  return hasBirthDate(code) ? { idNumber: code, unsure: true } : { uscc: code, unsure: false };
}

/** An 18-character code written inside other text, e.g. after the name; needs digits to avoid words. */
const CODE_TOKEN = /(?<![0-9A-Za-z])(?=(?:[A-Za-z]*\d){6})[0-9A-Za-z]{18}(?![0-9A-Za-z])/;

/** Finds such a code and returns the text without it (and without brackets left empty). */
export function extractCode(text: string): { code?: string; rest: string } {
  const half = toHalfWidth(text);
  const m = CODE_TOKEN.exec(half);
  if (!m) return { rest: text };
  // toHalfWidth maps one char to one char, so the index is valid in the original text too.
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return { code: m[0], rest: rest.replace(/[（(]\s*[）)]/g, '').trim() };
}
