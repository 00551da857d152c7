import {
  CLUE_SOURCES,
  REFERRAL_OPINIONS,
  VIOLATION_TYPES,
  type DraftField,
  type ReferralDraft,
} from '../../domain/referrals/annex3.js';
import { classifyCode } from '../../domain/referrals/subject-code.js';
import { readMaterials } from '../../domain/referrals/value-readers.js';
import { formFieldOf, type FormField } from './form-fields.js';
import { list, text, type FormValue } from '../../app/form-values.js';

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  const v = text(value);
  return options.find((o) => o === v);
}

/** Writes one box of the submitted form into the draft; an emptied box clears the field. */
function apply(draft: ReferralDraft, field: FormField, value: unknown): void {
  const { subject } = draft;
  switch (field) {
    case 'fromUnit':
      draft.fromUnit = text(value);
      return;
    case 'toUnit':
      draft.toUnit = text(value);
      delete draft.toUnitText;
      return;
    case 'subjectName':
      subject.name = text(value);
      return;
    case 'subjectCode': {
      const code = text(value);
      const read: { uscc?: string; idNumber?: string } = code === undefined ? {} : classifyCode(code);
      subject.uscc = read.uscc;
      subject.idNumber = read.idNumber;
      return;
    }
    case 'source':
      draft.source = oneOf(CLUE_SOURCES, value);
      return;
    case 'sourceNote':
      draft.sourceNote = text(value);
      return;
    case 'violations':
      draft.violations = VIOLATION_TYPES.filter((v) => list(value).includes(v));
      return;
    case 'violationNote':
      draft.violationNote = text(value);
      return;
    case 'description':
      draft.description = text(value);
      return;
    case 'law':
      draft.law = text(value);
      return;
    case 'materials':
      draft.materials = readMaterials(text(value) ?? '');
      return;
    case 'opinion':
      draft.opinion = oneOf(REFERRAL_OPINIONS, value);
      return;
    case 'coordinateWith':
      draft.coordinateWith = text(value);
      delete draft.coordinateText;
      return;
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The confirmation form submitted: each box it asked replaces the draft's value, and what the
 * officer has now seen and sent is no longer a guess.
 */
export function applyForm(
  draft: ReferralDraft,
  unsure: readonly DraftField[],
  asked: readonly FormField[],
  formValue: FormValue,
): { draft: ReferralDraft; unsure: DraftField[] } {
  const next: ReferralDraft = structuredClone(draft);
  for (const field of asked) apply(next, field, formValue[field]);
  const remaining = unsure.filter((f) => {
    const box = formFieldOf(f);
    return box === undefined || !asked.includes(box);
  });
  return { draft: withoutUndefined(next), unsure: remaining };
}
