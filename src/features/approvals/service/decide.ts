import { recordCard } from '../../../../cards/approval-record.js';
import type { Card } from '../../../../cards/kit.js';
import { sendTo } from '../../../app/replies.js';
import type { Tx } from '../../../store/db.js';
import { bureauDateTime } from '../../../time.js';
import { ApprovalError } from '../errors.js';
import { buildFormCard, valuesOf } from '../form-card.js';
import { DECISION_LABELS } from '../labels.js';
import { insertDecision, loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import { requestTitle, type RequestView } from '../types.js';
import { activateStep, reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import { withDecision, withRequest, withStep } from './view-after.js';
import { authorizeStep, type Actor } from './authorize.js';
import type { Env } from '../../../app/action-env.js';
import { finalizeApproved } from './finalize.js';
import { closeStepCards, tellApplicant } from './outgoing.js';

export type Decision = 'approve' | 'reject' | 'return';

export interface DecideInput {
  id: string;
  stepIdx: number;
  decision: Decision;
  operatorOpenId: string;
  comment?: string;
}

const STEP_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;

function signer(actor: Actor): string {
  return actor.onBehalfOf ? `${actor.name}（代${actor.onBehalfOf}）` : actor.name;
}

/**
 * Where the request goes after the step; returns the sentence the applicant is sent, and the view
 * as it now stands unless an update did not land.
 */
async function moveOn(
  tx: Tx,
  env: Env,
  view: RequestView,
  input: DecideInput,
  actor: Actor,
): Promise<{ message: string; after?: RequestView }> {
  const subject = `您的申请${view.id}（${requestTitle(view)}）`;
  const next = view.steps[input.stepIdx + 1];
  if (input.decision === 'approve' && next) {
    const moved = await activateStep(tx, env, view.id, next.idx, view);
    const holder = moved.steps[next.idx] ?? next;
    return {
      message: `${subject}已由${signer(actor)}同意，现送${holder.name}（${holder.roleLabel}）审批。`,
      after: moved,
    };
  }
  const status = STEP_STATUS[input.decision];
  const closing = { status, currentStep: null, closedAt: env.at, updatedAt: env.at } as const;
  const closed = await updateOpenRequest(tx, view.id, closing);
  const after = closed ? withRequest(view, closing) : undefined;
  if (status === 'approved') {
    await finalizeApproved(tx, env, view, signer(actor));
    await auditRequest(tx, env, 'system', 'approved', view.id, { final: true });
    const filed = view.kind === 'special' ? '已按规定备案，并向社会公开。' : '';
    return { message: `${subject}已审批通过。${filed}`, ...(after ? { after } : {}) };
  }
  const why = input.comment ? `${input.decision === 'reject' ? '理由' : '意见'}：${input.comment}` : '';
  const message =
    status === 'rejected'
      ? `${subject}已被${signer(actor)}驳回。${why}`
      : `${subject}已被${signer(actor)}退回修改。${why}\n原审批表已附后，修改后可重新提交。`;
  return { message, ...(after ? { after } : {}) };
}

/**
 * 同意 / 驳回 / 退回修改 on the current step. The conditional update makes the first click the
 * decision; every later or concurrent one is told who decided and when.
 */
export async function decideStep(
  tx: Tx,
  env: Env,
  input: DecideInput,
): Promise<{ view: RequestView; card: Card }> {
  const { store } = env.services;
  const view = await loadView(tx, input.id);
  if (!view) throw new ApprovalError('NOT_FOUND', '未找到该审批申请。');
  const { step, actor } = await authorizeStep(tx, env, view, input.stepIdx, input.operatorOpenId);
  const comment = input.comment?.trim() || undefined;
  if (input.decision === 'reject' && !comment) {
    throw new ApprovalError('REASON_REQUIRED', '驳回须在审批意见中填写理由。');
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
  if (!won) throw new ApprovalError('ALREADY_HANDLED', '该环节已有人办理，无需重复操作。');
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
  const moved = await moveOn(
    tx,
    env,
    withDecision(withStep(view, step.idx, decided), decision),
    input,
    actor,
  );
  const after = moved.after ?? (await reloadView(tx, view.id));
  const note = `${signer(actor)}已于${bureauDateTime(env.at)}${DECISION_LABELS[input.decision]}。`;
  await closeStepCards(tx, after, step.idx, note);
  await tellApplicant(tx, after, moved.message);
  if (input.decision === 'return') {
    const applicant = env.directory.people.find((p) => p.id === after.applicant.personId);
    if (applicant) {
      const resubmit = await buildFormCard(
        store.db,
        env.directory,
        applicant,
        after.kind,
        valuesOf(after.form, after.unit.id),
      );
      await sendTo(tx, applicant.openId, resubmit.card, resubmit.cardRef);
    }
  }
  return { view: after, card: recordCard(after, note) };
}
