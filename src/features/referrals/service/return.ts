import type { Tx } from '../../../store/db.js';
import { referralRefusal } from '../refusals.js';
import { insertEvent, updateReferralIf } from '../store/referral-repo.js';
import type { ReferralView } from '../view.js';
import { auditReferral } from './audit.js';
import { alreadyDecided, authorizeDecision, loadOrFail } from './authorize.js';
import type { ActionContext } from '../../../app/action-context.js';
import { refreshCards, tellSender } from './outgoing.js';

/** 退回: the referral goes back to its sender with the receiving head's reason, which is required. */
export async function returnReferral(
  tx: Tx,
  env: ActionContext,
  input: { id: string; operatorOpenId: string; reason?: string },
): Promise<ReferralView> {
  const { view, head } = await authorizeDecision(tx, env, input.id, input.operatorOpenId);
  const reason = input.reason?.trim();
  if (!reason) throw referralRefusal('REASON_REQUIRED', '退回须填写理由。');
  const won = await updateReferralIf(tx, view.id, ['submitted', 'verifying'], {
    status: 'returned',
    receiverOpinion: `退回：${reason}`,
    receiverHeadName: head.name,
    decidedAt: env.at,
    closedAt: env.at,
    updatedAt: env.at,
  });
  if (!won) throw alreadyDecided(await loadOrFail(tx, view.id));
  await insertEvent(tx, {
    referralId: view.id,
    kind: 'returned',
    state: 'returned',
    actorOpenId: head.openId,
    actorName: head.name,
    note: reason,
    at: env.at,
  });
  await auditReferral(tx, env, head.openId, 'returned', view.id, { reason, from: view.status });
  const after = await loadOrFail(tx, view.id);
  await tellSender(
    tx,
    after,
    `您移送的线索${after.id}（${after.subject.name}）已被${after.toUnit.name}${head.name}退回。理由：${reason}\n如需重新移送，请补正后再次发送线索移送表。`,
  );
  await refreshCards(tx, env, after);
  return after;
}
