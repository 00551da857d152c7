import { maskIdNumber } from '../../domain/referrals/id-number.js';
import type { ReferralDraft } from '../../domain/referrals/annex3.js';
import { opinionText, sourceText, violationsText, type AnnexValues } from './annex-text.js';
import type { ReferralView } from './view.js';

function codeText(
  subject: { uscc?: string | null; idNumber?: string | null },
  reveal: boolean,
): string | undefined {
  const id = subject.idNumber ? (reveal ? subject.idNumber : maskIdNumber(subject.idNumber)) : undefined;
  const codes = [subject.uscc ?? undefined, id].filter((c): c is string => Boolean(c));
  return codes.length > 0 ? codes.join(' / ') : undefined;
}

function defined(values: Record<string, string | undefined | null>): AnnexValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as AnnexValues;
}

/** A sent referral as the annex prints it; the ID number is masked unless `reveal`. */
export function annexOfReferral(view: ReferralView, reveal: boolean, coordinateName?: string): AnnexValues {
  return defined({
    fromUnit: view.fromUnit.name,
    toUnit: view.toUnit.name,
    date: view.submittedAt.slice(0, 10),
    subjectName: view.subject.name,
    subjectCode: codeText(view.subject, reveal),
    source: sourceText(view.source, view.sourceNote),
    violations: violationsText(view.violations, view.violationNote),
    description: view.description,
    law: view.law,
    materials: view.materials.join('；'),
    opinion: opinionText(view.opinion, coordinateName ?? view.coordinate.text),
    handler: view.sender.name,
    senderHead: view.fromUnit.headName,
    receiverOpinion: view.receiverOpinion,
    receiverHead: view.receiverHeadName,
  });
}

/** A draft awaiting confirmation: its sender sees it in full. */
export function annexOfDraft(
  draft: ReferralDraft,
  names: { fromUnit?: string; toUnit?: string; coordinate?: string; sender: string; senderHead?: string },
): AnnexValues {
  return defined({
    fromUnit: names.fromUnit ?? draft.fromUnit,
    toUnit: names.toUnit ?? draft.toUnitText,
    subjectName: draft.subject.name,
    subjectCode: codeText(draft.subject, true),
    source: sourceText(draft.source, draft.sourceNote),
    violations: violationsText(draft.violations, draft.violationNote),
    description: draft.description,
    law: draft.law,
    materials: draft.materials.join('；'),
    opinion: opinionText(draft.opinion, names.coordinate ?? draft.coordinateText),
    handler: names.sender,
    senderHead: names.senderHead,
  });
}
