import { canTransition, STATE_LABELS, type CaseStage } from '../../../domain/referrals/lifecycle.js';
import type { FieldError } from '../../../domain/referrals/issues.js';
import { validateStageInput } from '../../../domain/referrals/stage-input.js';
import type { Tx } from '../../../store/db.js';
import type { Refusal } from '../../../app/refusal.js';
import { referralRefusal } from '../refusals.js';
import { insertEvent, updateReferralIf, type ReferralPatch } from '../store/referral-repo.js';
import { awaitsDecision, isFinished, lastStageRecord, type ReferralView } from '../view.js';
import { auditReferral } from './audit.js';
import { authorizeStage, loadOrFail } from './authorize.js';
import { nextCaseStage } from './cards.js';
import type { ActionContext } from '../../../app/action-context.js';
import { refreshCards, tellSender } from './outgoing.js';

export interface AdvanceInput {
  id: string;
  operatorOpenId: string;
  stage: CaseStage;
  /** The stage's fields as submitted; validated here. */
  input: unknown;
}

export type AdvanceResult =
  { ok: true; view: ReferralView } | { ok: false; view: ReferralView; errors: FieldError[] };

function wrongStage(view: ReferralView, stage: CaseStage): Refusal {
  if (isFinished(view))
    return referralRefusal('ALREADY_HANDLED', `该线索已${STATE_LABELS[view.status]}，无需再办理。`);
  if (awaitsDecision(view)) return referralRefusal('WRONG_STAGE', '该线索尚未接收，不能办理案件环节。');
  const next = nextCaseStage(view);
  const expected = next ? `，下一环节为「${STATE_LABELS[next]}」` : '';
  return referralRefusal(
    'WRONG_STAGE',
    `该线索当前为「${STATE_LABELS[view.status]}」${expected}，不能办理「${STATE_LABELS[stage]}」。`,
  );
}

function patchFor(stage: CaseStage, value: Record<string, unknown>, at: string): ReferralPatch {
  const patch: ReferralPatch = { status: stage, updatedAt: at };
  if (stage === 'rectifying') {
    patch.deadline = value.deadline as string;
    patch.overdueNoticeOn = null;
  }
  if (stage === 'closed') patch.closedAt = at;
  return patch;
}

/**
 * Records one stage of 立案—查处—整改—验收—销号 (第14条), only in order: 整改 follows even a
 * no-penalty outcome (免罚不免责), and a failed 验收 goes back to 整改.
 */
export async function advanceStage(tx: Tx, env: ActionContext, input: AdvanceInput): Promise<AdvanceResult> {
  const { view, actor } = await authorizeStage(tx, env, input.id, input.operatorOpenId);
  if (
    isFinished(view) ||
    awaitsDecision(view) ||
    !canTransition(view.status, input.stage, lastStageRecord(view))
  ) {
    throw wrongStage(view, input.stage);
  }
  const checked = validateStageInput(input.stage, input.input);
  if (!checked.ok) return { ok: false, view, errors: checked.errors };
  const value = checked.value as Record<string, unknown>;
  const won = await updateReferralIf(tx, view.id, [view.status], patchFor(input.stage, value, env.at));
  if (!won) throw wrongStage(await loadOrFail(tx, view.id), input.stage);
  await insertEvent(tx, {
    referralId: view.id,
    kind: 'stage',
    state: input.stage,
    actorOpenId: actor.openId,
    actorName: actor.name,
    input: value,
    at: env.at,
  });
  await auditReferral(tx, env, actor.openId, 'stage', view.id, {
    stage: input.stage,
    from: view.status,
    input: value,
  });
  const after = await loadOrFail(tx, view.id);
  await tellSender(
    tx,
    after,
    `您移送的线索${after.id}（${after.subject.name}）：${after.toUnit.name}${actor.name}已办理「${STATE_LABELS[input.stage]}」环节。`,
  );
  await refreshCards(tx, env, after);
  return { ok: true, view: after };
}
