import {
  ANNEX3_LABELS,
  ANNEX3_SECTIONS,
  OPINION_LABELS,
  SOURCE_LABELS,
  VIOLATION_LABELS,
  type Annex3Field,
  type ClueSource,
  type ReferralOpinion,
  type ViolationType,
} from '../../domain/referrals/annex3.js';

/** The 附件3 boxes as text, in the annex's words; empty boxes are absent. */
export type AnnexValues = Partial<Record<Annex3Field, string>>;

export interface AnnexSectionText {
  title: string;
  rows: { field: Annex3Field; label: string; value: string }[];
}

/** 「其他：」 on the form is followed by a blank the officer fills in. */
export function sourceText(source: ClueSource | undefined, note?: string | null): string | undefined {
  if (!source) return undefined;
  return source === 'other' ? `${SOURCE_LABELS.other}${note ?? ''}` : SOURCE_LABELS[source];
}

export function violationsText(
  violations: readonly ViolationType[],
  note?: string | null,
): string | undefined {
  if (violations.length === 0) return undefined;
  return violations
    .map((v) => (v === 'other' ? `${VIOLATION_LABELS.other}${note ?? ''}` : VIOLATION_LABELS[v]))
    .join('、');
}

/** 「请协调_____科室协助」 with its blank filled by the unit's name. */
export function opinionText(
  opinion: ReferralOpinion | undefined,
  coordinate?: string | null,
): string | undefined {
  if (!opinion) return undefined;
  if (opinion !== 'coordinate') return OPINION_LABELS[opinion];
  const name = coordinate ?? '';
  return /(?:科|队|中心|分局)$/.test(name)
    ? OPINION_LABELS.coordinate.replace('_____科室', name)
    : OPINION_LABELS.coordinate.replace('_____', name || '_____');
}

/** The annex in its four sections, each box with its printed label. */
export function annexSections(values: AnnexValues): AnnexSectionText[] {
  return ANNEX3_SECTIONS.map((section) => ({
    title: section.title,
    rows: section.fields.map((field) => ({ field, label: ANNEX3_LABELS[field], value: values[field] ?? '' })),
  }));
}
