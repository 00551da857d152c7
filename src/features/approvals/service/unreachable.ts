import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { sendTo } from '../../../app/replies.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import type { Person } from '../../../domain/org.js';
import type { Refusal } from '../../../outbox/messenger.js';
import type { RefusalHook } from '../../../outbox/refusals.js';
import type { Tx } from '../../../store/db.js';
import { closeHolderCards } from '../store/card-repo.js';
import { loadView } from '../store/request-repo.js';
import { unreachableHolders } from '../store/unreachable-repo.js';
import type { RequestView } from '../types.js';
import { reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import { requestChanged } from './changes.js';
import { closeStepCards, sendStepCards, tellApplicant } from './outgoing.js';
import { handStepOver, successorOf } from './reassign.js';

/** An approver's card is sent under `approval:<request>:step:<idx>:<n>` (outgoing.ts). */
const APPROVER_CARD = /^approval:([^:]+):step:(\d+):\d+$/;

async function tellAdministrators(env: ActionContext, tx: Tx, except: string, text: string): Promise<void> {
  for (const admin of env.services.config.administrators) if (admin !== except) await sendTo(tx, admin, text);
}

/** The step moves on as if the approver had left: fresh cards for the successor, the others told. */
async function moveOn(tx: Tx, env: ActionContext, view: RequestView, idx: number, to: Person, why: string) {
  const step = view.steps[idx];
  if (!step) return false;
  const comment = `原审批人${step.name}无法接收消息，改由${to.name}审批`;
  if (!(await handStepOver(tx, env, view, idx, to, { comment, why: 'unreachable', fresh: true })))
    return false;
  const after = await reloadView(tx, view.id);
  // Lark takes no patch to someone it will not deliver to; their cards just stop acting on the step.
  await closeHolderCards(tx, view.id, idx, step.openId);
  await closeStepCards(tx, after, idx, `${step.name}无法接收消息，该环节已改由${to.name}审批。`);
  await sendStepCards(tx, env, after, idx);
  await requestChanged(tx, env, view.id);
  await tellApplicant(tx, after, `您的申请${view.id}：${why}，现改由${to.name}审批。`);
  await tellAdministrators(
    env,
    tx,
    step.openId,
    `申请${view.id}第${idx + 1}步：${why}，已按审批人离岗的规则改由${to.name}审批。`,
  );
  return true;
}

async function handle(services: Services, tx: Tx, view: RequestView, idx: number, refusal: Refusal) {
  const step = view.steps[idx];
  const directory = await loadDirectory(services.store.db);
  if (!step || !directory) return;
  const env = actionContextOf(services, directory);
  const passedOver = await unreachableHolders(tx, view.id, idx);
  await auditRequest(tx, env, 'system', 'approver-unreachable', view.id, {
    step: idx,
    personId: step.personId,
    approver: step.name,
    code: refusal.code,
    reason: refusal.reason,
  });
  passedOver.add(step.personId);
  const why = `审批人${step.name}无法接收消息（原因：${refusal.reason}，飞书错误码 ${refusal.code}）`;
  const successor = successorOf(directory, view, idx, passedOver);
  if (successor && (await moveOn(tx, env, view, idx, successor, why))) return;
  services.log.error({ requestId: view.id, step: idx }, 'approver unreachable and nobody can take over');
  await sendTo(
    tx,
    view.applicant.openId,
    `您的申请${view.id}：${why}，暂无可接替的审批人，已告知管理员处理。`,
  );
  await tellAdministrators(
    env,
    tx,
    step.openId,
    `申请${view.id}第${idx + 1}步：${why}。分管局长和局长均无法接替（为申请人本人、已无法接收消息或不在通讯录），该环节仍由${step.name}审批。请恢复其接收消息，或调整通讯录中该单位的分管局长。`,
  );
}

/**
 * The platform will not deliver an approver's card (they stopped the bot, left the tenant, are out
 * of the app's range): handled as one who left (reassign.ts), so the step passes to the unit's
 * 分管局长, then the 局长, skipping anyone on the step who could not be reached either. The applicant
 * and the administrators are told; when nobody can take over, the step stays and they are told so.
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
    await handle(services, tx, view, idx, refusal);
  };
}
