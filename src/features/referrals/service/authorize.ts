import { identify } from '../../../directory/who.js';
import type { Person } from '../../../domain/org.js';
import { STATE_LABELS } from '../../../domain/referrals/lifecycle.js';
import type { Tx } from '../../../store/db.js';
import { bureauDateTime } from '../../../time.js';
import { unitHead } from '../access.js';
import type { Refusal } from '../../../app/refusal.js';
import { referralRefusal } from '../refusals.js';
import { loadReferral } from '../store/referral-repo.js';
import { awaitsDecision, type ReferralView } from '../view.js';
import type { ActionContext } from '../../../app/action-context.js';

export async function loadOrFail(tx: Tx, id: string): Promise<ReferralView> {
  const view = await loadReferral(tx, id);
  if (!view) throw referralRefusal('NOT_FOUND', '未找到该线索。');
  return view;
}

function outsider(env: ActionContext, view: ReferralView, openId: string): Refusal {
  const inUnit = identify(env.directory, openId)?.units.some((u) => u.id === view.toUnit.id) ?? false;
  return referralRefusal(
    'NOT_ALLOWED',
    inUnit
      ? `该线索须由${view.toUnit.name}负责人办理。`
      : `您不是接收单位（${view.toUnit.name}）人员，无权办理该线索。`,
  );
}

/** 接收 / 退回 / 需进一步核查 belong to the receiving unit's head, and only while the referral waits. */
export async function authorizeDecision(
  tx: Tx,
  env: ActionContext,
  id: string,
  operatorOpenId: string,
): Promise<{ view: ReferralView; head: Person }> {
  const view = await loadOrFail(tx, id);
  const head = unitHead(env.directory, view.toUnit.id);
  if (!head || head.openId !== operatorOpenId) throw outsider(env, view, operatorOpenId);
  if (!awaitsDecision(view)) throw alreadyDecided(view);
  return { view, head };
}

export function alreadyDecided(view: ReferralView): Refusal {
  const by = view.receiverHeadName ? `已由${view.receiverHeadName}于` : '已于';
  const when = view.decidedAt ? bureauDateTime(view.decidedAt) : bureauDateTime(view.updatedAt);
  const what = view.status === 'returned' ? '退回' : '接收';
  return referralRefusal(
    'ALREADY_HANDLED',
    `该线索${by}${when}${what}，当前为「${STATE_LABELS[view.status]}」。`,
  );
}

/** Case stages are recorded by the handler or the receiving unit's head. */
export async function authorizeStage(
  tx: Tx,
  env: ActionContext,
  id: string,
  operatorOpenId: string,
): Promise<{ view: ReferralView; actor: Person }> {
  const view = await loadOrFail(tx, id);
  const head = unitHead(env.directory, view.toUnit.id);
  const actor = identify(env.directory, operatorOpenId)?.person;
  const allowed = actor && (view.handler?.openId === operatorOpenId || head?.openId === operatorOpenId);
  if (!allowed) {
    throw referralRefusal('NOT_ALLOWED', `该线索由${view.toUnit.name}承办，须由承办人或单位负责人办理。`);
  }
  return { view, actor };
}
