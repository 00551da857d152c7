// The fake approval center's quick approval (三方快捷审批回调): what Feishu POSTs to the definition's
// action_callback_url when an approver presses 同意 or 拒绝 on a pending task in the center. The body is
// the documented one (docs/lark-platform.md §11): action_type, action_context, user_id of the operator,
// approval_code, instance_id, task_id, reason, token; with an action_callback_key it is sent as
// `{"encrypt": …}` instead. The center offers only a pending task's own actions to its own assignee,
// and asks for a reason where the task requires one; it waits 10 s for the answer.
import { encryptPayload } from '../../src/lark/signing.js';
import { identityFor } from '../../src/lark/payloads.js';
import type { ApprovalCenterState } from './fake-lark-approval.js';
import { isRecord } from './fake-lark-content.js';

type Body = Record<string, unknown>;

export interface CenterPress {
  instanceId: string;
  /** The task as the approver saw it in the center (it may have changed there since). */
  task: Body;
  type: 'APPROVE' | 'REJECT';
  reason?: string;
}

export interface CallbackAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The documented timeout of the callback. */
export const CALLBACK_TIMEOUT_MS = 10_000;

function definitionOf(state: ApprovalCenterState, instanceId: string): { instance: Body; external: Body } {
  const instance = state.instances.get(instanceId);
  const definition = instance && state.definitions.get(String(instance.approval_code));
  if (!instance || !definition || !isRecord(definition.external))
    throw new Error(`fake Lark: no instance ${instanceId} with a definition in the approval center`);
  return { instance, external: definition.external };
}

/** The plain callback body the center builds for a press. */
export function callbackBody(state: ApprovalCenterState, press: CenterPress): Body {
  const { instance, external } = definitionOf(state, press.instanceId);
  const { task } = press;
  if (task.status !== 'PENDING')
    throw new Error('fake Lark: the center offers no action on a task not pending');
  const config = (Array.isArray(task.action_configs) ? task.action_configs : [])
    .filter(isRecord)
    .find((a) => a.action_type === press.type);
  if (!config) throw new Error(`fake Lark: the task offers no ${press.type}`);
  if (config.is_reason_required === true && !press.reason?.trim())
    throw new Error('fake Lark: the center asks for a reason before it calls back');
  const operator =
    typeof task.open_id === 'string' ? identityFor(task.open_id).user_id : String(task.user_id);
  return {
    action_type: press.type,
    ...(typeof task.action_context === 'string' ? { action_context: task.action_context } : {}),
    user_id: operator,
    approval_code: instance.approval_code,
    instance_id: press.instanceId,
    task_id: task.task_id,
    ...(press.reason !== undefined ? { reason: press.reason } : {}),
    token: external.action_callback_token,
  };
}

/** POSTs `plain` to the definition's callback URL as the center does (encrypted when it has a key). */
export async function postCallback(
  state: ApprovalCenterState,
  instanceId: string,
  plain: Body,
  key?: string,
): Promise<CallbackAnswer> {
  const { external } = definitionOf(state, instanceId);
  const actionKey =
    key ?? (typeof external.action_callback_key === 'string' ? external.action_callback_key : '');
  const url = String(external.action_callback_url);
  const tunnel = [...state.tunnels].find(([base]) => url.startsWith(`${base}/`));
  const res = await fetch(tunnel ? tunnel[1] + url.slice(tunnel[0].length) : url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(actionKey ? { encrypt: encryptPayload(actionKey, plain) } : plain),
    signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A press in the center: the callback it makes and the answer it gets. */
export async function pressInCenter(state: ApprovalCenterState, press: CenterPress): Promise<CallbackAnswer> {
  return await postCallback(state, press.instanceId, callbackBody(state, press));
}
