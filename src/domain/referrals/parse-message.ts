import { scanKeywords } from './keywords.js';
import { isDraftLabel, splitInlineLabels } from './labels.js';
import { stripHeader, stripMentions } from './message-text.js';
import { parseLabelled } from './parse-labelled.js';
import { parseLoose } from './parse-loose.js';
import { nonEmpty, setSubjectCode, type ParsedReferral } from './parsed.js';
import { extractCode } from './subject-code.js';

export type { ParsedReferral } from './parsed.js';

/**
 * Reads a referral written in chat, either labelled like 附件3 or as one loose line. Never fails:
 * whatever cannot be read is simply absent, and guessed fields are listed in `unsure` so the bot
 * can ask back.
 */
export function parseReferralMessage(text: string): ParsedReferral {
  const lines = stripHeader(stripMentions(text))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap(splitInlineLabels);
  const parsed = lines.some(isDraftLabel) ? parseLabelled(lines) : parseLoose(lines.join('，'));
  takeCodeFromName(parsed);
  inferFromDescription(parsed);
  return { draft: parsed.draft, unsure: [...new Set(parsed.unsure)] };
}

/** 「长治示例钢铁集团有限公司（91140406W20GL578PP）」: the code was put after the name. */
function takeCodeFromName(parsed: ParsedReferral): void {
  const { subject } = parsed.draft;
  if (!subject.name || subject.uscc || subject.idNumber) return;
  const { code, rest } = extractCode(subject.name);
  if (!code) return;
  subject.name = nonEmpty(rest);
  setSubjectCode(parsed, code);
}

/** Fills fields the officer left out from words in the description, marked as guesses. */
function inferFromDescription({ draft, unsure }: ParsedReferral): void {
  if (!draft.description) return;
  const scan = scanKeywords(draft.description);
  const [source] = scan.sources;
  if (!draft.source && source) {
    draft.source = source;
    unsure.push('source');
  }
  if (draft.violations.length === 0 && scan.violations.length > 0) {
    draft.violations = scan.violations;
    unsure.push('violations');
  }
  if (!draft.opinion && scan.opinion) {
    draft.opinion = scan.opinion;
    draft.coordinateText = scan.coordinateText;
    unsure.push('opinion');
  }
}
