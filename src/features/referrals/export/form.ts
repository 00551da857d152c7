import {
  ANNEX3_LABELS,
  ANNEX3_TITLE,
  OPINION_LABELS,
  SOURCE_LABELS,
  VIOLATION_LABELS,
} from '../../../domain/referrals/annex3.js';
import { STATE_LABELS, type CaseStage } from '../../../domain/referrals/lifecycle.js';
import { stageInputText } from '../../../domain/referrals/stage-text.js';
import { annexSections, opinionText, type AnnexSectionText } from '../annex-text.js';
import { annexOfReferral } from '../annex-values.js';
import type { Reader } from '../../../store/db.js';
import { attachmentsOfDraft, draftOfReferral } from '../store/attachment-repo.js';
import { loadReferral } from '../store/referral-repo.js';
import type { ReferralView } from '../view.js';

/** One decision or stage as the printable form lists it. */
export interface FormEntry {
  kind: string;
  label: string;
  actorName: string;
  text: string;
  at: string;
}

/** A picture or file sent with the referral (移交材料); only `stored` ones can be downloaded. */
export interface FormAttachment {
  id: string;
  kind: 'image' | 'file';
  name: string | null;
  size: number | null;
  status: 'accepted' | 'stored' | 'too_large' | 'unavailable';
}

/** Everything the printable 附件3 page needs: every box, its label, the decisions and the case stages. */
export interface ReferralForm {
  id: string;
  title: typeof ANNEX3_TITLE;
  status: ReferralView['status'];
  statusLabel: string;
  labels: typeof ANNEX3_LABELS;
  /** The boxes as text, section by section, as printed. */
  sections: AnnexSectionText[];
  /** The same boxes as codes with their annex labels, for ticking the options on the form. */
  options: {
    source: { code: ReferralView['source']; label: string; note: string | null };
    violations: { code: ReferralView['violations'][number]; label: string }[];
    violationNote: string | null;
    opinion: { code: ReferralView['opinion']; label: string; text: string; coordinateWith: string | null };
  };
  sender: { name: string; unit: string; unitId: string; headName: string };
  receiver: {
    unit: string;
    unitId: string;
    headName: string | null;
    opinion: string | null;
    decidedAt: string | null;
  };
  handler: { name: string } | null;
  deadline: string | null;
  decisions: FormEntry[];
  stages: (FormEntry & { stage: CaseStage; input: unknown })[];
  submittedAt: string;
  closedAt: string | null;
  /** The 预警提醒 (YJ-…) the referral was escalated from. */
  warningId: string | null;
  attachments: FormAttachment[];
}

/**
 * A referral for its printable form page. The ID number is masked unless `reveal` is set: the page
 * decides whether its reader belongs to a handling unit.
 */
export async function getReferralForForm(
  db: Reader,
  id: string,
  opts: { reveal?: boolean } = {},
): Promise<ReferralForm | undefined> {
  const view = await loadReferral(db, id);
  if (!view) return undefined;
  const draftId = await draftOfReferral(db, id);
  const attachments = draftId ? await attachmentsOfDraft(db, draftId) : [];
  const entry = (e: ReferralView['events'][number], text: string): FormEntry => ({
    kind: e.kind,
    label: e.kind === 'overdue' ? '整改逾期提醒' : STATE_LABELS[e.state],
    actorName: e.actorName,
    text,
    at: e.at,
  });
  return {
    id: view.id,
    title: ANNEX3_TITLE,
    status: view.status,
    statusLabel: STATE_LABELS[view.status],
    labels: ANNEX3_LABELS,
    sections: annexSections(annexOfReferral(view, opts.reveal ?? false)),
    options: {
      source: { code: view.source, label: SOURCE_LABELS[view.source], note: view.sourceNote },
      violations: view.violations.map((code) => ({ code, label: VIOLATION_LABELS[code] })),
      violationNote: view.violationNote,
      opinion: {
        code: view.opinion,
        label: OPINION_LABELS[view.opinion],
        text: opinionText(view.opinion, view.coordinate.text) ?? '',
        coordinateWith: view.coordinate.text,
      },
    },
    sender: {
      name: view.sender.name,
      unit: view.fromUnit.name,
      unitId: view.fromUnit.id,
      headName: view.fromUnit.headName,
    },
    receiver: {
      unit: view.toUnit.name,
      unitId: view.toUnit.id,
      headName: view.receiverHeadName,
      opinion: view.receiverOpinion,
      decidedAt: view.decidedAt,
    },
    handler: view.handler ? { name: view.handler.name } : null,
    deadline: view.deadline,
    decisions: view.events
      .filter((e) => e.kind !== 'stage' && e.kind !== 'overdue')
      .map((e) => entry(e, e.note ?? '')),
    stages: view.events
      .filter((e) => e.kind === 'stage')
      .map((e) => ({
        ...entry(e, stageInputText(e.state, e.input)),
        stage: e.state as CaseStage,
        input: e.input,
      })),
    submittedAt: view.submittedAt,
    closedAt: view.closedAt,
    warningId: view.warningId,
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      name: a.fileName,
      size: a.size,
      status: a.status as FormAttachment['status'],
    })),
  };
}
