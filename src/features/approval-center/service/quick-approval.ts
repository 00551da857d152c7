import { actionContextOf } from '../../../app/action-context.js';
import { Refusal } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import type { ExternalInstanceBody } from '../../../lark/approval-center.js';
import type { Reader } from '../../../store/db.js';
import { findCardAnswer, keepCardAnswer } from '../../../store/card-answers.js';
import { decideStep, getApprovalRequest } from '../../approvals/index.js';
import { centerRefusal } from '../refusals.js';
import { instanceOf } from '../store/instances-repo.js';

/** A quick approve or reject from the center, as its callback names it (docs/lark-platform.md §11). */
export interface QuickAction {
  actionType: 'APPROVE' | 'REJECT';
  approvalCode: string;
  /** `<request id>-<step>-<assignment>`, `-d` for a stand-in's task. */
  taskId: string;
  instanceId?: string;
  actionContext?: string;
  /** Not documented in the callback; checked against the task's approver when present. */
  openId?: string;
  reason?: string;
}

/** The HTTP answer: 200 when the decision was made; above 400 with `message` when refused. */
export interface QuickAnswer {
  status: 200 | 401 | 403 | 404 | 409 | 422 | 429;
  body: Record<string, string | number>;
}

const DONE: QuickAnswer = { status: 200, body: { code: 0, msg: 'success' } };

/** What the center shows the approver when an action failed: `message` as is, without its own prefix. */
export function refusedAnswer(message: string): Record<string, string> {
  return { message, without_prefix: 'true' };
}

function refused(err: Refusal): QuickAnswer {
  // The center reads `message` only from answers above 400.
  return { status: err.status === 400 ? 422 : err.status, body: refusedAnswer(err.message) };
}

type Task = NonNullable<ExternalInstanceBody['task_list']>[number];

/** The task as the bot last queued it for the center, with the step and assignment its id names. */
async function taskOf(db: Reader, action: QuickAction) {
  const m = /^(.+)-(\d+)-(\d+)(-d)?$/.exec(action.taskId);
  if (!m) throw centerRefusal('BAD_INPUT', '审批任务信息无效。');
  const requestId = m[1]!;
  if (action.instanceId !== undefined && action.instanceId !== requestId)
    throw centerRefusal('BAD_INPUT', '审批任务信息无效。');
  const row = await instanceOf(db, requestId);
  const instance = row ? (JSON.parse(row.payload) as ExternalInstanceBody) : undefined;
  const task: Task | undefined = instance?.task_list?.find((t) => t.task_id === action.taskId);
  if (!instance || !task || instance.approval_code !== action.approvalCode)
    throw centerRefusal('STALE', '该待办已失效，请以最新待办为准。');
  if (action.actionContext !== undefined && task.action_context !== undefined) {
    if (action.actionContext !== task.action_context) throw centerRefusal('BAD_INPUT', '审批任务信息无效。');
  }
  if (!task.open_id || (action.openId !== undefined && action.openId !== task.open_id))
    throw centerRefusal('NOT_YOURS', '该待办不属于您。');
  return { requestId, stepIdx: Number(m[2]), assignment: Number(m[3]), task, openId: task.open_id };
}

/**
 * 同意 / 驳回 from the center runs the card button's own verb for the task's approver (the center
 * offers a task's actions only to its assignee, and the token proves the center sent it), with its
 * authorization and first-decision-wins; the step's cards in chat are patched by the decision's
 * follow-up, as after a click. A task the step has moved past (transferred, reassigned) is stale and
 * changes nothing; a repeat of the same callback gets the first answer again.
 */
export async function quickDecide(services: Services, action: QuickAction): Promise<QuickAnswer> {
  const answerKey = `center:${action.taskId}:${action.actionType}`;
  const kept = await findCardAnswer(services.store.db, answerKey);
  if (kept) return JSON.parse(kept) as QuickAnswer;
  try {
    const directory = await loadDirectory(services.store.db);
    if (!directory) throw centerRefusal('NO_DIRECTORY', '尚未导入组织机构，暂不能办理。');
    const env = actionContextOf(services, directory);
    await services.store.write(async (tx) => {
      const { requestId: id, stepIdx, assignment, task, openId } = await taskOf(tx, action);
      const step = (await getApprovalRequest(tx, id))?.steps[stepIdx];
      if (task.status === 'TRANSFERRED' || (step?.status === 'pending' && step.assignment !== assignment)) {
        throw centerRefusal('STALE', `该环节已改由${step?.name ?? '他人'}办理，请以最新待办为准。`);
      }
      await decideStep(tx, env, {
        id,
        stepIdx,
        decision: action.actionType === 'APPROVE' ? 'approve' : 'reject',
        operatorOpenId: openId,
        ...(action.reason?.trim() ? { comment: action.reason } : {}),
      });
      await keepCardAnswer(tx, answerKey, JSON.stringify(DONE));
    });
    services.kickFollowUps();
    services.kickOutbox();
    return DONE;
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    return refused(err);
  }
}
