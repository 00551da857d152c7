import type { Services } from '../../../app/services.js';
import { sendTo } from '../../../app/replies.js';
import type { RefusalHook } from '../../../outbox/refusals.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { loadView } from '../store/request-repo.js';

/** An approver's card is sent under `approval:<request>:step:<idx>:<n>` (outgoing.ts). */
const APPROVER_CARD = /^approval:([^:]+):step:(\d+):\d+$/;

/**
 * The platform will not deliver an approver's card (they left, stopped the bot, are out of the app's
 * range): the applicant and the administrators are told and the request records it. The step stays
 * with that approver until an administrator transfers it: the directory still lists them, so the
 * reassignment for someone who left (reassign.ts) does not apply yet.
 */
export function approverUnreachable(services: Services): RefusalHook {
  return async (tx, row, refusal) => {
    const match = APPROVER_CARD.exec(row.cardRef ?? '');
    if (!match) return;
    const [, requestId = '', stepText = ''] = match;
    const idx = Number(stepText);
    const view = await loadView(tx, requestId);
    const step = view?.steps[idx];
    if (!view || !step || step.status !== 'pending' || step.openId !== row.recipient) return;
    const at = services.now().toISOString();
    await appendAudit(
      tx,
      {
        actor: 'system',
        action: 'approval.approver-unreachable',
        entity: 'approval',
        entityId: view.id,
        detail: { step: idx, approver: step.name, code: refusal.code, reason: refusal.reason },
      },
      at,
    );
    const why = `审批人${step.name}无法接收消息（原因：${refusal.reason}，飞书错误码 ${refusal.code}）`;
    await sendTo(tx, view.applicant.openId, `您的申请${view.id}：${why}，已告知管理员转交办理。`);
    for (const admin of services.config.administrators)
      if (admin !== row.recipient)
        await sendTo(tx, admin, `申请${view.id}第${idx + 1}步：${why}。请转交他人审批。`);
  };
}
