import { requestChanged } from './changes.js';
import type { Tx } from '../../../store/db.js';
import { patchCard } from '../../../app/replies.js';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import { STATUS_LABELS } from '../../../domain/approvals/index.js';
import { bureauDateTime } from '../../../time.js';
import { approvalRefusal } from '../refusals.js';
import { insertDecision, loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import { reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';
import { closeStepCards } from './outgoing.js';

/** 撤回: the applicant takes back a request still under approval; open approver cards go read-only. */
export async function withdrawRequest(
  tx: Tx,
  env: ActionContext,
  id: string,
  operatorOpenId: string,
): Promise<RequestView> {
  const view = await loadView(tx, id);
  if (!view) throw approvalRefusal('NOT_FOUND', `未找到审批申请${id}。`);
  if (view.applicant.openId !== operatorOpenId) {
    throw approvalRefusal('NOT_ALLOWED', '只有申请人本人可以撤回该申请。');
  }
  const idx = view.currentStep;
  const closed = await updateOpenRequest(tx, id, {
    status: 'withdrawn',
    currentStep: null,
    closedAt: env.at,
    updatedAt: env.at,
  });
  if (!closed || idx === null) {
    throw approvalRefusal('NOT_PENDING', `申请${id}${STATUS_LABELS[view.status]}，不能撤回。`);
  }
  await updateStepIf(tx, id, idx, { status: 'pending' }, { status: 'withdrawn' });
  await insertDecision(tx, {
    requestId: id,
    stepIdx: idx,
    action: 'withdraw',
    actorOpenId: operatorOpenId,
    actorName: view.applicant.name,
    at: env.at,
  });
  await auditRequest(tx, env, operatorOpenId, 'withdrawn', id, { step: idx });
  const after = await reloadView(tx, id);
  await closeStepCards(tx, after, idx, `申请人已于${bureauDateTime(env.at)}撤回该申请，无需办理。`);
  await patchCard(tx, after.applicantCardRef, after.applicant.openId, applicantCard(after));
  await requestChanged(tx, env, id);
  return after;
}
