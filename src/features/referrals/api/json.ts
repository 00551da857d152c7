import { maskIdNumber } from '../../../domain/referrals/id-number.js';
import { STATE_LABELS } from '../../../domain/referrals/lifecycle.js';
import { stageRecords, type ReferralView } from '../view.js';

/** `GET /referrals/:id`: the referral, its history and its stage records; the ID number masked. */
export function referralJson(view: ReferralView) {
  const stages = view.events.filter((e) => e.kind === 'stage');
  return {
    id: view.id,
    status: view.status,
    statusLabel: STATE_LABELS[view.status],
    channel: view.channel,
    sender: view.sender,
    fromUnit: view.fromUnit,
    toUnit: view.toUnit,
    subject: {
      name: view.subject.name,
      uscc: view.subject.uscc,
      idNumber: view.subject.idNumber ? maskIdNumber(view.subject.idNumber) : null,
    },
    enterprise: view.enterpriseUscc ? { uscc: view.enterpriseUscc, county: view.county } : null,
    source: view.source,
    sourceNote: view.sourceNote,
    violations: view.violations,
    violationNote: view.violationNote,
    description: view.description,
    law: view.law,
    materials: view.materials,
    opinion: view.opinion,
    coordinateWith: view.coordinate.unitId,
    warnings: view.warnings,
    receiverOpinion: view.receiverOpinion,
    receiverHead: view.receiverHeadName,
    decidedAt: view.decidedAt,
    handler: view.handler ? { openId: view.handler.openId, name: view.handler.name } : null,
    deadline: view.deadline,
    submittedAt: view.submittedAt,
    updatedAt: view.updatedAt,
    closedAt: view.closedAt,
    warningId: view.warningId,
    history: view.events.map((e) => ({
      kind: e.kind,
      state: e.state,
      label: e.kind === 'overdue' ? '整改逾期提醒' : STATE_LABELS[e.state],
      actor: { openId: e.actorOpenId, name: e.actorName },
      note: e.note,
      at: e.at,
    })),
    stages: stageRecords(view).map((record, i) => ({
      stage: record.stage,
      label: STATE_LABELS[record.stage],
      input: record.input,
      actor: { openId: stages[i]?.actorOpenId, name: stages[i]?.actorName },
      at: stages[i]?.at,
    })),
  };
}
