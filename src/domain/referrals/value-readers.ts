import type { ClueSource, ReferralOpinion, ViolationType } from './annex3.js';
import { scanKeywords } from './keywords.js';
import { splitOutsideParens } from './text.js';

/** Readers for the value after a label; `unsure` marks a value that was guessed rather than recognised. */

const OTHER = /^其他(?!单位)\s*[:：]?\s*(.*)$/s;

export function readSource(value: string): { source?: ClueSource; note?: string; unsure: boolean } {
  const other = OTHER.exec(value.trim());
  if (other) return { source: 'other', note: other[1] || undefined, unsure: false };
  const { sources } = scanKeywords(value);
  const [first] = sources;
  if (first === undefined) return { source: 'other', note: value.trim(), unsure: true };
  return { source: first, unsure: sources.length > 1 };
}

export function readViolations(value: string): {
  violations: ViolationType[];
  note?: string;
  unsure: boolean;
} {
  const violations = new Set<ViolationType>();
  const notes: string[] = [];
  let unsure = false;
  for (const piece of splitOutsideParens(value.replace(/以及|和|及/g, '、'), /[、，,/／;；\n]/)) {
    const other = OTHER.exec(piece);
    if (other) {
      violations.add('other');
      if (other[1]) notes.push(other[1]);
      continue;
    }
    const found = scanKeywords(piece).violations;
    if (found.length === 0) {
      violations.add('other');
      notes.push(piece);
      unsure = true;
    }
    found.forEach((v) => violations.add(v));
  }
  return { violations: [...violations], note: notes.join('、') || undefined, unsure };
}

export function readOpinion(value: string): { opinion?: ReferralOpinion; coordinateText?: string } {
  const { opinion, coordinateText } = scanKeywords(value);
  return { opinion, coordinateText };
}

const LIST_MARKER = /^(?:\d+\s*[.、．)）]|[（(]\d+[)）]|[①-⑳]|[-•·*])\s*/;

export function readMaterials(value: string): string[] {
  return splitOutsideParens(value, /[；;、，,\n]/)
    .map((item) => item.replace(LIST_MARKER, '').trim())
    .filter(Boolean);
}
