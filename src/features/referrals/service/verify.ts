import type { Tx } from '../../../store/db.js';
import { referralRefusal } from '../refusals.js';
import { insertEvent, updateReferralIf } from '../store/referral-repo.js';
import type { ReferralView } from '../view.js';
import { auditReferral } from './audit.js';
import { authorizeDecision, loadOrFail } from './authorize.js';
import type { ActionContext } from '../../../app/action-context.js';
import { refreshCards, tellSender } from './outgoing.js';

/** 需进一步核查: the receiving unit checks the clue first; it is accepted or returned afterwards. */
export async function verifyReferral(
  tx: Tx,
  env: ActionContext,
  input: { id: string; operatorOpenId: string; note?: string },
): Promise<ReferralView> {
  const { view, head } = await authorizeDecision(tx, env, input.id, input.operatorOpenId);
  if (view.status !== 'submitted') {
    throw referralRefusal('ALREADY_HANDLED', '该线索已标记需进一步核查，核查后请接收或退回。');
  }
  const note = input.note?.trim() || null;
  const won = await updateReferralIf(tx, view.id, ['submitted'], {
    status: 'verifying',
    receiverOpinion: note ? `需进一步核查：${note}` : '需进一步核查',
    receiverHeadName: head.name,
    decidedAt: env.at,
    updatedAt: env.at,
  });
  if (!won) throw referralRefusal('ALREADY_HANDLED', '该线索已有人办理，无需重复操作。');
  await insertEvent(tx, {
    referralId: view.id,
    kind: 'verifying',
    state: 'verifying',
    actorOpenId: head.openId,
    actorName: head.name,
    note,
    at: env.at,
  });
  await auditReferral(tx, env, head.openId, 'verifying', view.id, note ? { note } : {});
  const after = await loadOrFail(tx, view.id);
  await tellSender(
    tx,
    after,
    `您移送的线索${after.id}（${after.subject.name}）经${after.toUnit.name}${head.name}研究，需进一步核查。${note ? `说明：${note}` : ''}`,
  );
  await refreshCards(tx, env, after);
  return after;
}
