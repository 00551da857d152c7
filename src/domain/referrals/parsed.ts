import type { DraftField, ReferralDraft } from './annex3.js';
import { classifyCode } from './subject-code.js';

/** A draft read from a message, with the fields the bot should confirm because they were guessed. */
export interface ParsedReferral {
  draft: ReferralDraft;
  unsure: DraftField[];
}

export function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

export function setSubjectCode(parsed: ParsedReferral, raw: string, labelledAsId = false): void {
  const code = classifyCode(raw, labelledAsId);
  if (code.uscc) parsed.draft.subject.uscc = code.uscc;
  if (code.idNumber) parsed.draft.subject.idNumber = code.idNumber;
  if (code.unsure) parsed.unsure.push(code.idNumber ? 'subject.idNumber' : 'subject.uscc');
}
