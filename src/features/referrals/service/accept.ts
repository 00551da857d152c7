import { personById, unitById } from '../../../directory/who.js';
import type { Tx } from '../../../store/db.js';
import { unitPeople } from '../access.js';
import { referralRefusal } from '../refusals.js';
import { insertEvent, updateReferralIf } from '../store/referral-repo.js';
import type { ReferralView } from '../view.js';
import { auditReferral } from './audit.js';
import { alreadyDecided, authorizeDecision, loadOrFail } from './authorize.js';
import type { ActionContext } from '../../../app/action-context.js';
import { refreshCards, sendCard, tellSender } from './outgoing.js';

export interface AcceptInput {
  id: string;
  operatorOpenId: string;
  /** Person id of the 承办人, chosen from the receiving unit. */
  handlerPersonId?: string;
}

/**
 * 接收: the receiving head names a 承办人 and the case begins. The conditional update makes the
 * first acceptance the only one; a concurrent second is told who accepted it.
 */
export async function acceptReferral(tx: Tx, env: ActionContext, input: AcceptInput): Promise<ReferralView> {
  const { view, head } = await authorizeDecision(tx, env, input.id, input.operatorOpenId);
  const unit = unitById(env.directory, view.toUnit.id);
  const handler = input.handlerPersonId ? personById(env.directory, input.handlerPersonId) : undefined;
  if (!handler) throw referralRefusal('BAD_INPUT', '接收时请选择本单位承办人。');
  if (!unit || !unitPeople(env.directory, unit).some((p) => p.id === handler.id)) {
    throw referralRefusal('BAD_INPUT', `承办人须为${view.toUnit.name}人员。`);
  }
  const won = await updateReferralIf(tx, view.id, ['submitted', 'verifying'], {
    status: 'accepted',
    handlerPersonId: handler.id,
    handlerOpenId: handler.openId,
    handlerName: handler.name,
    receiverOpinion: `接收，承办人：${handler.name}`,
    receiverHeadName: head.name,
    decidedAt: env.at,
    updatedAt: env.at,
  });
  if (!won) throw alreadyDecided(await loadOrFail(tx, view.id));
  await insertEvent(tx, {
    referralId: view.id,
    kind: 'accepted',
    state: 'accepted',
    actorOpenId: head.openId,
    actorName: head.name,
    note: `承办人：${handler.name}`,
    at: env.at,
  });
  await auditReferral(tx, env, head.openId, 'accepted', view.id, { handler: handler.id, from: view.status });
  const after = await loadOrFail(tx, view.id);
  await tellSender(
    tx,
    after,
    `您移送的线索${after.id}（${after.subject.name}）已由${after.toUnit.name}${head.name}接收，承办人：${handler.name}。`,
  );
  await refreshCards(tx, env, after);
  if (handler.openId !== head.openId) {
    await sendCard(tx, env, after, handler.openId, {
      notice: `${head.name}已指定您承办该线索，请按环节办理。`,
    });
  }
  return after;
}
