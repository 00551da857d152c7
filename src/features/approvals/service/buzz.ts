import { buzz } from '../../../app/replies.js';
import type { Tx } from '../../../store/db.js';
import { currentStepOf, STATUS_LABELS } from '../../../domain/approvals/index.js';
import { bureauDateTime } from '../../../time.js';
import { approvalRefusal } from '../refusals.js';
import { isAging } from '../../../domain/card-age.js';
import { cardRefreshCutoff } from '../../../store/card-settings.js';
import { heldCards } from '../store/card-repo.js';
import { loadView, updateOpenRequest } from '../store/request-repo.js';
import type { RequestView, StepView } from '../types.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';
import { approverCardFor } from './outgoing.js';

const HOUR_MS = 3_600_000;

/**
 * Buzzes (Lark urgent_app) the approver's newest open card for the step. When none is open, or the
 * newest is near the end of Lark's 14 days, a fresh card is sent first (the old one becomes a record)
 * and the fresh one is buzzed: a reminder never points at buttons that no longer work.
 */
export async function buzzApproverCard(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  step: StepView,
): Promise<void> {
  const [held] = await heldCards(tx, view.id, step.idx, step.openId);
  if (!held || isAging(held.sentAt, await cardRefreshCutoff(tx, new Date(env.at)))) {
    await approverCardFor(tx, env, view, step.idx, { openId: step.openId });
    if (held)
      await auditRequest(tx, env, 'system', 'card-renewed', view.id, { step: step.idx, from: held.cardRef });
  }
  const [fresh] = await heldCards(tx, view.id, step.idx, step.openId);
  if (fresh) await buzz(tx, fresh.cardRef, step.openId);
}

/** 催办: the applicant buzzes the pending approver, at most once an hour per request. */
export async function remindApprover(
  tx: Tx,
  env: ActionContext,
  id: string,
  operatorOpenId: string,
): Promise<StepView> {
  const view = await loadView(tx, id);
  if (!view) throw approvalRefusal('NOT_FOUND', `未找到审批申请${id}。`);
  if (view.applicant.openId !== operatorOpenId) {
    throw approvalRefusal('NOT_ALLOWED', '只有申请人本人可以催办该申请。');
  }
  const step = currentStepOf(view);
  if (!step) throw approvalRefusal('NOT_PENDING', `申请${id}${STATUS_LABELS[view.status]}，无需催办。`);
  if (view.lastBuzzAt && Date.parse(env.at) - Date.parse(view.lastBuzzAt) < HOUR_MS) {
    throw approvalRefusal(
      'TOO_SOON',
      `您已于${bureauDateTime(view.lastBuzzAt)}催办过，每小时最多催办一次，请稍后再试。`,
    );
  }
  await buzzApproverCard(tx, env, view, step);
  await updateOpenRequest(tx, id, { lastBuzzAt: env.at, updatedAt: env.at });
  await auditRequest(tx, env, operatorOpenId, 'buzzed', id, { step: step.idx, to: step.personId });
  return step;
}
