import { requestChanged } from './changes.js';
import { recordCard } from '../../../../cards/approvals/record.js';
import type { Card } from '../../../../cards/kit.js';
import type { ActionContext } from '../../../app/action-context.js';
import { enqueueFollowUp } from '../../../work-queue/follow-up-jobs.js';
import type { Tx } from '../../../store/db.js';
import { approvalRefusal } from '../refusals.js';
import { insertDecision, loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import { reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import { authorizeStep, type Actor } from './authorize.js';
import { finalizeApproved } from './finalize.js';
import { DECIDED, decisionNote, type DecidedJob } from './follow-decision.js';
import { withDecision, withRequest, withStep } from './view-after.js';

export type Decision = 'approve' | 'reject' | 'return';

const STEP_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;

export interface DecideInput {
  id: string;
  stepIdx: number;
  decision: Decision;
  operatorOpenId: string;
  comment?: string;
}

function signer(actor: Actor): string {
  return actor.onBehalfOf ? `${actor.name}（代${actor.onBehalfOf}）` : actor.name;
}

/**
 * A decision that ends the request closes it here, and a final approval sets its consequences in
 * motion (第3条, 第4条), so that no rules check or list sees it open once the click is answered. A
 * step passed on waits for the follow-up to make the next one current.
 */
async function settleRequest(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  decision: Decision,
  actor: Actor,
  idx: number,
): Promise<RequestView> {
  if (decision === 'approve' && view.steps[idx + 1]) return view;
  const status = STEP_STATUS[decision];
  const closing = { status, currentStep: null, closedAt: env.at, updatedAt: env.at } as const;
  const closed = await updateOpenRequest(tx, view.id, closing);
  if (status === 'approved') {
    await finalizeApproved(tx, env, view, signer(actor));
    await auditRequest(tx, env, 'system', 'approved', view.id, { final: true });
  }
  return closed ? withRequest(view, closing) : reloadView(tx, view.id);
}

/**
 * 同意 / 驳回 / 退回修改 on the current step. The conditional update makes the first click the
 * decision; every later or concurrent one is told who decided and when. The cards and notices that
 * follow are left to the inbox worker (follow-decision.ts), so the click is answered quickly.
 */
export async function decideStep(
  tx: Tx,
  env: ActionContext,
  input: DecideInput,
): Promise<{ view: RequestView; card: Card }> {
  const view = await loadView(tx, input.id);
  if (!view) throw approvalRefusal('NOT_FOUND', '未找到该审批申请。');
  const { step, actor } = await authorizeStep(tx, env, view, input.stepIdx, input.operatorOpenId);
  const comment = input.comment?.trim() || undefined;
  if (input.decision === 'reject' && !comment) {
    throw approvalRefusal('REASON_REQUIRED', '驳回须在审批意见中填写理由。');
  }
  const decided = {
    status: STEP_STATUS[input.decision],
    decidedAt: env.at,
    decidedByOpenId: actor.openId,
    decidedByName: actor.name,
    onBehalfOfName: actor.onBehalfOf ?? null,
    comment: comment ?? null,
  };
  const won = await updateStepIf(
    tx,
    view.id,
    step.idx,
    { status: 'pending', assignment: step.assignment },
    decided,
  );
  if (!won) throw approvalRefusal('ALREADY_HANDLED', '该环节已有人办理，无需重复操作。');
  const decision = {
    stepIdx: step.idx,
    action: input.decision,
    actorOpenId: actor.openId,
    actorName: actor.name,
    onBehalfOfName: actor.onBehalfOf ?? null,
    toOpenId: null,
    toName: null,
    comment: comment ?? null,
    at: env.at,
  };
  await insertDecision(tx, { requestId: view.id, ...decision });
  await auditRequest(tx, env, actor.openId, `step-${STEP_STATUS[input.decision]}`, view.id, {
    step: step.idx,
    role: step.role,
    ...(actor.onBehalfOf ? { onBehalfOf: step.personId } : {}),
    ...(comment ? { comment } : {}),
  });
  const after = await settleRequest(
    tx,
    env,
    withDecision(withStep(view, step.idx, decided), decision),
    input.decision,
    actor,
    step.idx,
  );
  const followUp: DecidedJob = {
    id: view.id,
    stepIdx: step.idx,
    decision: input.decision,
    signer: signer(actor),
    at: env.at,
    ...(comment ? { comment } : {}),
  };
  // A step is decided once, so the request and step name the follow-up.
  await enqueueFollowUp(tx, { id: `${DECIDED}:${view.id}:${step.idx}`, type: DECIDED, payload: followUp });
  await requestChanged(tx, env, view.id);
  const note = decisionNote(followUp);
  return { view: after, card: recordCard(after, note) };
}
