import { applicantCard } from '../../../../cards/approvals/applicant.js';
import { recordCard } from '../../../../cards/approvals/record.js';
import { sendTo, patchCard } from '../../../app/replies.js';
import type { ActionContext } from '../../../app/action-context.js';
import { renewAgingCards } from '../../../app/card-renewal.js';
import type { Services } from '../../../app/services.js';
import { currentStepOf } from '../../../domain/approvals/index.js';
import type { Tx } from '../../../store/db.js';
import { agingApplicantCards, moveApplicantCard, type ApplicantCard } from '../store/applicant-card-repo.js';
import { agingCards, retireCard, type AgingCard } from '../store/card-repo.js';
import { activeDelegation } from '../store/delegation-repo.js';
import { loadView } from '../store/request-repo.js';
import { auditRequest } from './audit.js';
import { approverCardFor, supersedeCard } from './outgoing.js';

export interface RenewRun {
  /** Approver cards replaced by a fresh one. */
  approver: string[];
  /** Applicant cards replaced by a fresh one. */
  applicant: string[];
}

/** The holder of an aging card gets a fresh one for the same step; false when there was nothing to do. */
async function renewApproverCard(tx: Tx, env: ActionContext, card: AgingCard): Promise<boolean> {
  const view = await loadView(tx, card.requestId);
  if (!view || !(await retireCard(tx, card.cardRef))) return false;
  const step = currentStepOf(view);
  if (step?.idx !== card.stepIdx) return false;
  const own = card.recipientOpenId === step.openId;
  const standIn = own ? undefined : await activeDelegation(tx, step.personId, env.today);
  if (!own && standIn?.delegateOpenId !== card.recipientOpenId) {
    // A stand-in whose appointment has ended keeps a record, not an action.
    await patchCard(tx, card.cardRef, card.recipientOpenId, recordCard(view, `该环节现由${step.name}审批。`));
    return false;
  }
  await supersedeCard(tx, view, card.cardRef, card.recipientOpenId);
  await approverCardFor(tx, env, view, step.idx, {
    openId: card.recipientOpenId,
    ...(own ? {} : { onBehalfOf: step.name }),
  });
  await auditRequest(tx, env, 'system', 'card-renewed', view.id, { step: step.idx, from: card.cardRef });
  return true;
}

async function renewApplicantCard(tx: Tx, env: ActionContext, card: ApplicantCard): Promise<boolean> {
  const view = await loadView(tx, card.requestId);
  const cardRef = `approval:${card.requestId}:applicant@${env.at}`;
  if (!view || !(await moveApplicantCard(tx, card, { cardRef, sentAt: env.at }))) return false;
  await supersedeCard(tx, view, card.cardRef, card.openId);
  await sendTo(tx, card.openId, applicantCard(view), cardRef);
  await auditRequest(tx, env, 'system', 'card-renewed', view.id, { applicant: true, from: card.cardRef });
  return true;
}

/**
 * For the scheduler: every open approver card and every applicant card of a pending request sent
 * more than `cards.refreshAfterDays` ago is replaced by a fresh one, and the old one becomes a record
 * while Lark still takes the patch. Each card in its own transaction; safe to run on several instances.
 */
export async function renewAgingApprovalCards(services: Services): Promise<RenewRun> {
  const { db } = services.store;
  const approver = await renewAgingCards(
    services,
    ({ cutoff }) => agingCards(db, cutoff),
    (tx, { env }, card) => renewApproverCard(tx, env, card),
    (card) => card.cardRef,
  );
  const applicant = await renewAgingCards(
    services,
    ({ cutoff }) => agingApplicantCards(db, cutoff),
    (tx, { env }, card) => renewApplicantCard(tx, env, card),
    (card) => card.cardRef,
  );
  return { approver, applicant };
}
