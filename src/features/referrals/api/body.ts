import { z } from 'zod';
import { identify, type Identity } from '../../../directory/who.js';
import type { Directory } from '../../../domain/org.js';
import {
  CLUE_SOURCES,
  DRAFT_FIELD_LABELS,
  REFERRAL_OPINIONS,
  VIOLATION_TYPES,
  type ReferralDraft,
} from '../../../domain/referrals/annex3.js';
import type { FieldError } from '../../../domain/referrals/issues.js';
import { resolveUnit } from '../../../domain/referrals/routing.js';

const text = z.string().trim().min(1);

/** `POST /api/v1/referrals`, as the contract names it; `violationNote` fills the blank of 其他. */
export const referralBody = z.object({
  sender: text,
  fromUnit: text,
  toUnit: text.optional(),
  subject: z.object({ name: text.optional(), uscc: text.optional(), idNumber: text.optional() }),
  source: z.enum(CLUE_SOURCES),
  sourceNote: text.optional(),
  violations: z.array(z.enum(VIOLATION_TYPES)).min(1),
  violationNote: text.optional(),
  description: text,
  law: text.optional(),
  materials: z.array(text).default([]),
  opinion: z.enum(REFERRAL_OPINIONS),
  coordinateWith: text.optional(),
});

export type ParsedBody =
  { ok: true; draft: ReferralDraft; sender: Identity } | { ok: false; fields: FieldError[] };

/** The API's names for the boxes the annex needs. */
const API_FIELDS: Readonly<Record<string, string>> = {
  fromUnit: 'fromUnit',
  toUnit: 'toUnit',
  subjectName: 'subject.name',
  subjectCode: 'subject.uscc',
  source: 'source',
  sourceNote: 'sourceNote',
  violations: 'violations',
  violationNote: 'violationNote',
  description: 'description',
  law: 'law',
  materials: 'materials',
  opinion: 'opinion',
  coordinateWith: 'coordinateWith',
};

export function apiField(box: string): string {
  return API_FIELDS[box] ?? box;
}

export function missingMessage(field: string): string {
  const label =
    field === 'subject.name'
      ? DRAFT_FIELD_LABELS['subject.name']
      : field === 'coordinateWith'
        ? DRAFT_FIELD_LABELS.coordinate
        : (DRAFT_FIELD_LABELS[field as keyof typeof DRAFT_FIELD_LABELS] ?? field);
  return `请填写${label}。`;
}

/** Shape first, then the ids the body names: each bad field is reported, none is guessed. */
export function parseBody(raw: unknown, directory: Directory): ParsedBody {
  const parsed = referralBody.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      fields: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || 'body',
        message: issue.message,
      })),
    };
  }
  const body = parsed.data;
  const fields: FieldError[] = [];
  const sender = identify(directory, body.sender);
  if (!sender) fields.push({ field: 'sender', message: '本局通讯录中没有该人员。' });
  if (!directory.units.some((u) => u.id === body.fromUnit)) {
    fields.push({ field: 'fromUnit', message: '没有该科室或单位。' });
  }
  if (body.toUnit && !resolveUnit(body.toUnit, directory))
    fields.push({ field: 'toUnit', message: '没有该科室或单位。' });
  if (body.coordinateWith && !resolveUnit(body.coordinateWith, directory)) {
    fields.push({ field: 'coordinateWith', message: '没有该科室或单位。' });
  }
  if (!sender || fields.length > 0) return { ok: false, fields };
  const draft: ReferralDraft = {
    fromUnit: body.fromUnit,
    ...(body.toUnit ? { toUnit: resolveUnit(body.toUnit, directory)?.id } : {}),
    subject: body.subject,
    source: body.source,
    ...(body.sourceNote ? { sourceNote: body.sourceNote } : {}),
    violations: body.violations,
    ...(body.violationNote ? { violationNote: body.violationNote } : {}),
    description: body.description,
    ...(body.law ? { law: body.law } : {}),
    materials: body.materials,
    opinion: body.opinion,
    ...(body.coordinateWith ? { coordinateWith: resolveUnit(body.coordinateWith, directory)?.id } : {}),
  };
  return { ok: true, draft, sender };
}
