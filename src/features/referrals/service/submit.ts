import { unitById } from '../../../directory/who.js';
import type { Person } from '../../../domain/org.js';
import { resolveUnit } from '../../../domain/referrals/routing.js';
import type { Tx } from '../../../store/db.js';
import { unitHead } from '../access.js';
import { referralRefusal } from '../refusals.js';
import type { Review } from '../review.js';
import { consumeDraft } from '../store/draft-repo.js';
import { insertEvent, insertReferral, loadReferral, nextSeq } from '../store/referral-repo.js';
import type { ReferralView } from '../view.js';
import { auditReferral } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';
import { sendCard, trackCard } from './outgoing.js';

export interface SubmitInput {
  channel: 'chat' | 'api';
  sender: Person;
  /** A review with nothing blocking. */
  review: Review;
  /** The chat draft being confirmed; consumed so that it is sent once. */
  draftId?: string;
  /** The 预警提醒 the referral was escalated from. */
  warningId?: string;
  /** The sender's confirmation card, which from now on shows the referral. */
  senderCardRef?: string;
}

function referralNumber(year: number, seq: number): string {
  return `XS-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * Sends a referral on: numbers it, records it, and gives the receiving head the card to decide on
 * and the head of a unit asked to assist an information card.
 */
export async function submitReferral(tx: Tx, env: ActionContext, input: SubmitInput): Promise<ReferralView> {
  const { review, sender } = input;
  const { draft, check } = review;
  const toUnit = check.route.toUnit ? unitById(env.directory, check.route.toUnit) : undefined;
  const { name } = draft.subject;
  const { source, description, opinion } = draft;
  if (
    review.blocking.length > 0 ||
    !review.fromUnit ||
    !toUnit ||
    !name ||
    !source ||
    !description ||
    !opinion
  ) {
    throw referralRefusal('BAD_INPUT', '线索移送表尚未填写完整。');
  }
  const year = Number(env.today.slice(0, 4));
  const seq = await nextSeq(tx, year);
  const id = referralNumber(year, seq);
  if (input.draftId && !(await consumeDraft(tx, input.draftId, id, env.at))) {
    throw referralRefusal('ALREADY_HANDLED', '该线索已确认移送，无需重复操作。');
  }
  const coordinate =
    opinion === 'coordinate'
      ? resolveUnit(draft.coordinateWith ?? draft.coordinateText ?? '', env.directory)
      : undefined;
  const enterprise = check.enterprise.match;
  await insertReferral(tx, {
    id,
    year,
    seq,
    status: 'submitted',
    channel: input.channel,
    draftId: input.draftId ?? null,
    senderOpenId: sender.openId,
    senderName: sender.name,
    fromUnitId: review.fromUnit.id,
    fromUnitName: review.fromUnit.name,
    fromHeadName: unitHead(env.directory, review.fromUnit.id)?.name ?? '',
    toUnitId: toUnit.id,
    toUnitName: toUnit.name,
    subjectName: name,
    uscc: draft.subject.uscc ?? null,
    idNumber: draft.subject.idNumber ?? null,
    enterpriseUscc: enterprise?.uscc ?? null,
    county: enterprise?.county ?? null,
    source,
    sourceNote: draft.sourceNote ?? null,
    violations: draft.violations,
    violationNote: draft.violationNote ?? null,
    description,
    law: draft.law ?? null,
    materials: draft.materials,
    opinion,
    coordinateUnitId: coordinate?.id ?? null,
    coordinateText: opinion === 'coordinate' ? (coordinate?.name ?? draft.coordinateText ?? null) : null,
    warnings: review.warnings,
    warningId: input.warningId ?? null,
    submittedAt: env.at,
    updatedAt: env.at,
  });
  await insertEvent(tx, {
    referralId: id,
    kind: 'submitted',
    state: 'submitted',
    actorOpenId: sender.openId,
    actorName: sender.name,
    note: `${review.fromUnit.name}移送${toUnit.name}`,
    at: env.at,
  });
  await auditReferral(tx, env, input.channel === 'api' ? 'api' : sender.openId, 'submitted', id, {
    sender: sender.openId,
    from: review.fromUnit.id,
    to: toUnit.id,
    how: check.route.how,
    warnings: review.warnings.map((w) => w.code),
  });
  const view = await loadReferral(tx, id);
  if (!view) throw referralRefusal('NOT_FOUND', '未找到该线索。');
  const head = unitHead(env.directory, toUnit.id);
  if (head) await sendCard(tx, env, view, head.openId);
  for (const unitId of check.route.copyUnits) {
    const assist = unitHead(env.directory, unitId);
    const notice = `${review.fromUnit.name}移送${toUnit.name}的线索，请${unitById(env.directory, unitId)?.name ?? ''}协助。`;
    if (assist && assist.openId !== head?.openId) await sendCard(tx, env, view, assist.openId, { notice });
  }
  if (input.senderCardRef) await trackCard(tx, env, view, input.senderCardRef, sender.openId);
  else await sendCard(tx, env, view, sender.openId, { notice: `已移送${toUnit.name}，编号${id}。` });
  return view;
}
