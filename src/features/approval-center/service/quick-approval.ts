import { actionContextOf } from '../../../app/action-context.js';
import { Refusal } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { findCardAnswer, keepCardAnswer } from '../../../store/card-answers.js';
import { decideStep, getApprovalRequest } from '../../approvals/index.js';
import { centerRefusal } from '../refusals.js';

/** A quick approve or reject from the center, as its callback names it (docs/lark-platform.md §11). */
export interface QuickAction {
  actionType: 'APPROVE' | 'REJECT';
  /** What the task carried: `<request id>:<step>:<assignment>`. */
  actionContext: string;
  taskId: string;
  openId: string;
  reason?: string;
}

/** The callback's answer body: `code` 0 when the decision was made, else the reason in `msg`. */
export interface QuickAnswer {
  code: number;
  msg: string;
  data: { refusal?: string };
}

const DONE: QuickAnswer = { code: 0, msg: 'success', data: {} };
/** Non-zero codes tell the center the action failed; `msg` is what the approver reads. */
const REFUSED_CODE = 1;

function parseContext(context: string): { id: string; stepIdx: number; assignment: number } {
  const m = /^(.+):(\d+):(\d+)$/.exec(context);
  if (!m) throw centerRefusal('BAD_INPUT', '审批任务信息无效。');
  return { id: m[1]!, stepIdx: Number(m[2]), assignment: Number(m[3]) };
}

/**
 * 同意 / 驳回 from the center runs the card button's own verb, with its authorization and
 * first-decision-wins; the decided step's cards in chat are patched by the decision's follow-up, as
 * after a click. A task the step has moved past (transferred, reassigned) is stale and changes nothing;
 * a repeat of the same callback gets the first answer again.
 */
export async function quickDecide(services: Services, action: QuickAction): Promise<QuickAnswer> {
  const answerKey = `center:${action.taskId}:${action.actionType}:${action.openId}`;
  const kept = await findCardAnswer(services.store.db, answerKey);
  if (kept) return JSON.parse(kept) as QuickAnswer;
  try {
    const { id, stepIdx, assignment } = parseContext(action.actionContext);
    const directory = await loadDirectory(services.store.db);
    if (!directory) throw centerRefusal('NO_DIRECTORY', '尚未导入组织机构，暂不能办理。');
    const env = actionContextOf(services, directory);
    await services.store.write(async (tx) => {
      const step = (await getApprovalRequest(tx, id))?.steps[stepIdx];
      if (step && step.assignment !== assignment && step.status === 'pending') {
        throw centerRefusal('STALE', `该环节已改由${step.name}办理，请以最新待办为准。`);
      }
      await decideStep(tx, env, {
        id,
        stepIdx,
        decision: action.actionType === 'APPROVE' ? 'approve' : 'reject',
        operatorOpenId: action.openId,
        ...(action.reason?.trim() ? { comment: action.reason } : {}),
      });
      await keepCardAnswer(tx, answerKey, JSON.stringify(DONE));
    });
    services.kickFollowUps();
    services.kickOutbox();
    return DONE;
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    return { code: REFUSED_CODE, msg: err.message, data: { refusal: err.code } };
  }
}
