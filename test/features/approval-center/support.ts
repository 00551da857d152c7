import { expect } from 'vitest';
import {
  callbackBody,
  postCallback,
  type CallbackAnswer,
} from '../../support/fake-lark-approval-callback.js';
import type { FakeLark } from '../../support/fake-lark.js';
import type { Bot } from '../../support/harness.js';
import { buttonValue, getRequest } from '../approvals/support.js';
import type { FakeMessage } from '../../support/fake-lark.js';

export const CENTER_KEYS = { token: 'center-action-token', key: 'center-action-key' };

export const CENTER_ENV = {
  LARK_APPROVAL_CENTER: '1',
  LARK_APPROVAL_ACTION_TOKEN: CENTER_KEYS.token,
  LARK_APPROVAL_ACTION_KEY: CENTER_KEYS.key,
};

export interface CenterTask {
  task_id: string;
  open_id: string;
  status: string;
  action_context?: string;
  [field: string]: unknown;
}

export interface CenterInstance {
  instance_id: string;
  approval_code: string;
  status: string;
  update_time: string;
  open_id: string;
  links: { pc_link: string; mobile_link: string };
  form: { name: string; value: string }[];
  task_list: CenterTask[];
  cc_list: { open_id: string }[];
  i18n_resources: { texts: { key: string; value: string }[] }[];
}

export function heldInstance(fake: FakeLark, id: string): CenterInstance | undefined {
  return fake.approvalCenter.instances.get(id) as CenterInstance | undefined;
}

/** The text behind an i18n key of the instance. */
export function shown(instance: CenterInstance, key: string): string | undefined {
  return instance.i18n_resources[0]?.texts.find((t) => t.key === key)?.value;
}

/** The pending task of `openId` in the center. */
export function pendingTask(fake: FakeLark, id: string, openId: string): CenterTask {
  const task = heldInstance(fake, id)?.task_list.find((t) => t.open_id === openId && t.status === 'PENDING');
  if (!task) throw new Error(`${openId} has no pending task for ${id} in the center`);
  return task;
}

/** The approver presses 同意 or 驳回 on the task in the center (as they see it): the center's callback. */
export async function quickAction(
  bot: Bot,
  fake: FakeLark,
  id: string,
  task: CenterTask,
  action: { type: 'APPROVE' | 'REJECT'; reason?: string },
): Promise<CallbackAnswer> {
  fake.approvalCenter.tunnels.set(bot.config.publicBaseUrl, bot.url);
  const answer = await fake.pressInCenter({ instanceId: id, task, ...action });
  await bot.settle();
  return answer;
}

/**
 * A callback someone else made: the center's own body for the press, then changed by `edit`, sent
 * encrypted with `key` (the definition's by default; '' sends it plain).
 */
export async function forgedAction(
  bot: Bot,
  fake: FakeLark,
  id: string,
  task: CenterTask,
  edit: (body: Record<string, unknown>) => Record<string, unknown>,
  key?: string,
): Promise<CallbackAnswer> {
  fake.approvalCenter.tunnels.set(bot.config.publicBaseUrl, bot.url);
  const plain = callbackBody(fake.approvalCenter, { instanceId: id, task, type: 'APPROVE' });
  const answer = await postCallback(fake.approvalCenter, id, edit(plain), key);
  await bot.settle();
  return answer;
}

const INSTANCE_STATUS: Record<string, string> = {
  pending: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  returned: 'REJECTED',
  withdrawn: 'CANCELED',
};
const TASK_STATUS: Record<string, string> = {
  pending: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  returned: 'REJECTED',
  withdrawn: 'DONE',
};

/** The center holds the request exactly as the bot does: its status and one task per step reached. */
export async function expectCenterInStep(bot: Bot, fake: FakeLark, id: string): Promise<void> {
  await bot.settle();
  const request = await getRequest(bot, id);
  const instance = heldInstance(fake, id);
  expect(instance?.status).toBe(INSTANCE_STATUS[request.status]);
  const reached = request.steps.filter((s) => s.status !== 'waiting');
  const holders = instance?.task_list.filter((t) => t.status !== 'TRANSFERRED' && !t.task_id.endsWith('-d'));
  expect(holders?.map((t) => [t.open_id, t.status])).toEqual(
    reached.map((s) => [s.openId, TASK_STATUS[s.status]]),
  );
}

/** The newest card the fake holds for `openId` about the request. */
export async function cardIn(bot: Bot, fake: FakeLark, openId: string, id: string): Promise<FakeMessage> {
  await bot.settle();
  const latest = () =>
    fake
      .sentTo(openId)
      .filter((m) => m.msgType === 'interactive' && m.content.includes(id))
      .at(-1);
  return fake.waitFor(latest);
}

export const contentOf = (m: FakeMessage) => JSON.parse(m.content) as Record<string, unknown>;

/** Presses a button on the newest card `openId` holds in Lark for the request. */
export async function pressIn(
  bot: Bot,
  fake: FakeLark,
  openId: string,
  id: string,
  label: string,
  formValue: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const card = await cardIn(bot, fake, openId, id);
  const answer = await bot.click(openId, buttonValue(contentOf(card), label), {
    formValue,
    openMessageId: card.messageId,
  });
  await bot.settle();
  return answer;
}
