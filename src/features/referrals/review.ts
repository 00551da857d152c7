import type { Identity } from '../../directory/who.js';
import type { Directory, Enterprise, Unit } from '../../domain/org.js';
import type { ReferralDraft } from '../../domain/referrals/annex3.js';
import type { FieldError, Issue } from '../../domain/referrals/issues.js';
import { resolveUnit } from '../../domain/referrals/routing.js';
import { validateReferral, type ReferralCheck } from '../../domain/referrals/validate.js';
import { FORM_FIELDS, formFieldOf, withCompanions, type FormField } from './form-fields.js';

export interface ReviewContext {
  directory: Directory;
  enterprises: readonly Enterprise[];
  /** The sender; their unit is the 移送科室/单位 unless the message names another. */
  sender?: Identity;
}

/** A draft checked against 附件3: what can be sent, what must be asked, what to suggest. */
export interface Review {
  draft: ReferralDraft;
  check: ReferralCheck;
  fromUnit?: Unit;
  /** The boxes the confirmation card asks for, in form order. */
  ask: FormField[];
  /** Boxes 附件3 needs that are still empty. */
  missing: FormField[];
  /** Boxes still empty or wrong; nothing is sent while any remain. */
  blocking: FormField[];
  errors: FieldError[];
  warnings: Issue[];
  /** Values the form starts with where the bot has a guess better than the draft's own. */
  suggest: Partial<Record<FormField, string>>;
}

/** Warnings that make a box worth asking about again. */
const WARNING_FIELDS: Readonly<Record<string, FormField[]>> = {
  'uscc-check': ['subjectCode'],
  'uscc-mismatch': ['subjectCode'],
  'name-mismatch': ['subjectName'],
  'ambiguous-enterprise': ['subjectName'],
  'county-mismatch': ['toUnit'],
  'unknown-unit': ['toUnit'],
  'same-unit': ['toUnit'],
  'unknown-coordinate': ['coordinateWith'],
};

function resolveFromUnit(draft: ReferralDraft, ctx: ReviewContext): Unit | undefined {
  if (draft.fromUnit !== undefined) return resolveUnit(draft.fromUnit, ctx.directory);
  const own = ctx.sender?.units ?? [];
  return own.length === 1 ? own[0] : undefined;
}

/** An exact registry match fills the name or code left out; a fuzzy one is only suggested. */
function fillFromRegistry(draft: ReferralDraft, check: ReferralCheck, suggest: Review['suggest']): boolean {
  const { match, how } = check.enterprise;
  if (!match) return false;
  const { subject } = draft;
  if (how === 'fuzzy') {
    suggest.subjectName = match.name;
    if (!subject.uscc && !subject.idNumber) suggest.subjectCode = match.uscc;
    return true;
  }
  subject.name ??= match.name;
  if (!subject.uscc && !subject.idNumber) subject.uscc = match.uscc;
  return false;
}

/**
 * Checks a draft and decides which boxes to ask for: those missing, wrong or guessed (`unsure`),
 * and, with `full`, every box (the empty form).
 */
export function reviewDraft(
  input: ReferralDraft,
  unsure: readonly string[],
  ctx: ReviewContext,
  full = false,
): Review {
  const draft: ReferralDraft = structuredClone(input);
  const fromUnit = resolveFromUnit(draft, ctx);
  if (fromUnit) draft.fromUnit = fromUnit.id;
  const check = validateReferral(draft, { directory: ctx.directory, enterprises: ctx.enterprises });
  const suggest: Review['suggest'] = {};
  const fuzzy = fillFromRegistry(draft, check, suggest);

  const missing = new Set<FormField>();
  if (!fromUnit) missing.add('fromUnit');
  for (const f of check.missing.map(formFieldOf)) if (f) missing.add(f);
  const blocking = new Set<FormField>(missing);
  for (const f of check.errors.map((e) => formFieldOf(e.field))) if (f) blocking.add(f);

  const asked = new Set<FormField>(blocking);
  for (const field of unsure) {
    const f = formFieldOf(field);
    if (f) asked.add(f);
  }
  for (const warning of check.warnings) WARNING_FIELDS[warning.code]?.forEach((f) => asked.add(f));
  if (fuzzy) asked.add('subjectName');
  if (full) FORM_FIELDS.forEach((f) => asked.add(f));

  return {
    draft,
    check,
    ...(fromUnit ? { fromUnit } : {}),
    ask: withCompanions(asked),
    missing: FORM_FIELDS.filter((f) => missing.has(f)),
    blocking: FORM_FIELDS.filter((f) => blocking.has(f)),
    errors: check.errors,
    warnings: check.warnings,
    suggest,
  };
}
