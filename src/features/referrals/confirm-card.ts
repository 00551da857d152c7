import type { Card } from '../../../cards/kit.js';
import { referralConfirmCard } from '../../../cards/referrals/confirm.js';
import { unitById } from '../../directory/who.js';
import type { Directory, Person } from '../../domain/org.js';
import { DRAFT_FIELD_LABELS } from '../../domain/referrals/annex3.js';
import { resolveUnit } from '../../domain/referrals/routing.js';
import { unitHead } from './access.js';
import { annexSections } from './annex-text.js';
import { annexOfDraft } from './annex-values.js';
import type { FormField } from './form-fields.js';
import type { Review } from './review.js';

const BOX_LABELS: Readonly<Record<FormField, string>> = {
  fromUnit: DRAFT_FIELD_LABELS.fromUnit,
  toUnit: DRAFT_FIELD_LABELS.toUnit,
  subjectName: DRAFT_FIELD_LABELS['subject.name'],
  subjectCode: '统一社会信用代码/身份证号',
  source: DRAFT_FIELD_LABELS.source,
  sourceNote: DRAFT_FIELD_LABELS.sourceNote,
  violations: DRAFT_FIELD_LABELS.violations,
  violationNote: DRAFT_FIELD_LABELS.violationNote,
  description: DRAFT_FIELD_LABELS.description,
  law: DRAFT_FIELD_LABELS.law,
  materials: DRAFT_FIELD_LABELS.materials,
  opinion: DRAFT_FIELD_LABELS.opinion,
  coordinateWith: DRAFT_FIELD_LABELS.coordinate,
};

/** 「尚需填写：线索来源、移送方意见。」 for a form that came back. */
export function missingText(review: Review): string | undefined {
  return review.missing.length > 0
    ? `尚需填写：${review.missing.map((f) => BOX_LABELS[f]).join('、')}。`
    : undefined;
}

function notes(review: Review, directory: Directory, toUnitName?: string): string[] {
  const { match, how } = review.check.enterprise;
  const lines: string[] = [];
  if (match) {
    lines.push(
      `${how === 'fuzzy' ? '企业名录中可能为' : '企业名录匹配'}：${match.name}（${match.county}，${match.uscc}）`,
    );
  }
  if (review.check.route.how === 'county' && match && toUnitName) {
    lines.push(`按企业所在地${match.county}，移送${toUnitName}。`);
  }
  for (const unitId of review.check.route.copyUnits) {
    const unit = unitById(directory, unitId);
    if (unit) lines.push(`将同时告知${unit.name}负责人协助。`);
  }
  return lines;
}

/** The confirmation card for a draft: the annex read back, and boxes for what is missing or guessed. */
export function buildConfirmCard(
  review: Review,
  ctx: { draftId: string; directory: Directory; sender: Person; notice?: string; empty?: boolean },
): Card {
  const { draft, check } = review;
  const { directory } = ctx;
  const toUnit = check.route.toUnit ? unitById(directory, check.route.toUnit) : undefined;
  const coordinate =
    draft.coordinateWith || draft.coordinateText
      ? resolveUnit(draft.coordinateWith ?? draft.coordinateText ?? '', directory)
      : undefined;
  const annex = annexOfDraft(draft, {
    ...(review.fromUnit ? { fromUnit: review.fromUnit.name } : {}),
    ...(toUnit ? { toUnit: toUnit.name } : {}),
    ...(coordinate ? { coordinate: coordinate.name } : {}),
    sender: ctx.sender.name,
    ...(review.fromUnit ? { senderHead: unitHead(directory, review.fromUnit.id)?.name } : {}),
  });
  const values: Partial<Record<FormField, string | string[]>> = {
    fromUnit: review.fromUnit?.id,
    toUnit: toUnit?.id,
    subjectName: draft.subject.name,
    subjectCode: draft.subject.uscc ?? draft.subject.idNumber,
    source: draft.source,
    sourceNote: draft.sourceNote,
    violations: draft.violations,
    violationNote: draft.violationNote,
    description: draft.description,
    law: draft.law,
    materials: draft.materials,
    opinion: draft.opinion,
    coordinateWith: coordinate?.id,
    ...review.suggest,
  };
  const unitOption = (u: { id: string; name: string }) => ({ value: u.id, label: u.name });
  return referralConfirmCard({
    draftId: ctx.draftId,
    sections: annexSections(annex),
    notes: notes(review, directory, toUnit?.name),
    errors: review.errors,
    warnings: review.warnings,
    ...(ctx.notice ? { notice: ctx.notice } : {}),
    ask: review.ask,
    blocking: review.blocking,
    values,
    units: directory.units.map(unitOption),
    sectionsToCoordinate: directory.units.filter((u) => u.kind === 'section').map(unitOption),
    ...(ctx.empty ? { empty: true } : {}),
  });
}
