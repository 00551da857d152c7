import type { ActionContext } from '../../../app/action-context.js';
import { sendTo } from '../../../app/replies.js';
import type { Enterprise, Person } from '../../../domain/org.js';
import {
  nextWarningState,
  referralDraftFromWarning,
  WARNING_STATE_LABELS,
  type WarningMove,
} from '../../../domain/prevention/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { submitPrefilled } from '../../referrals/index.js';
import { preventionRefusal } from '../refusals.js';
import { findWarning, updateWarningIf, type WarningRow, type WarningStatus } from '../store/warning-repo.js';
import { belongsTo, personByOpenId } from './people.js';
import { refreshWarningCards } from './warning-cards.js';

export interface FollowInput {
  id: string;
  /** Who acts; absent when a calling system escalates through the API. */
  operatorOpenId?: string;
  channel: 'chat' | 'api';
}

const DONE: Record<WarningMove, string> = {
  acknowledge: '已确认知悉',
  resolve: '已标记风险消除',
  escalate: '已转线索移送',
};

/** Only the county branch follows its warnings; the API may act for it without naming anyone. */
async function authorize(tx: Tx, env: ActionContext, input: FollowInput, move: WarningMove) {
  const row = await findWarning(tx, input.id);
  if (!row) throw preventionRefusal('NOT_FOUND', `未找到预警提醒${input.id}。`);
  const branch = env.directory.units.find((u) => u.id === row.branchId);
  const actor = input.operatorOpenId ? personByOpenId(env.directory, input.operatorOpenId) : undefined;
  if (input.operatorOpenId !== undefined && (!actor || !branch || !belongsTo(branch, actor))) {
    throw preventionRefusal('NOT_ALLOWED', `仅${branch?.name ?? '企业所在地分局'}可办理该预警提醒。`);
  }
  const to = nextWarningState(row.status, move);
  if (!to) {
    throw preventionRefusal(
      'ALREADY_HANDLED',
      `预警提醒${row.id}${WARNING_STATE_LABELS[row.status]}${row.referralId ? `（${row.referralId}）` : ''}，无需重复办理。`,
    );
  }
  return { row, to, actor, branch };
}

async function settle(
  tx: Tx,
  env: ActionContext,
  before: WarningRow,
  move: WarningMove,
  actor: Person | undefined,
  detail: Record<string, unknown> = {},
): Promise<WarningRow> {
  await appendAudit(
    tx,
    {
      actor: actor?.openId ?? 'api',
      action: `warning.${move === 'acknowledge' ? 'acknowledged' : move === 'resolve' ? 'resolved' : 'escalated'}`,
      entity: 'warning',
      entityId: before.id,
      detail: { from: before.status, ...detail },
    },
    env.at,
  );
  const after = await findWarning(tx, before.id);
  if (!after) throw new Error(`warning ${before.id} vanished in its own transaction`);
  await refreshWarningCards(tx, after);
  if (move !== 'acknowledge') {
    const how = after.referralId ? `转为线索移送，编号${after.referralId}` : '标记风险已消除';
    await sendTo(
      tx,
      after.senderOpenId,
      `您发出的预警提醒${after.id}（${after.enterpriseName}）已由企业所在地分局${how}。`,
    );
  }
  return after;
}

/** 确认知悉 or 风险已消除 on the branch's card. */
export async function moveWarning(
  tx: Tx,
  env: ActionContext,
  input: FollowInput & { move: 'acknowledge' | 'resolve' },
): Promise<WarningRow> {
  const { row, to, actor } = await authorize(tx, env, input, input.move);
  const patch =
    to === 'acknowledged'
      ? { status: to, acknowledgedAt: env.at, updatedAt: env.at }
      : { status: to, closedAt: env.at, closedByName: actor?.name ?? null, updatedAt: env.at };
  const won = await updateWarningIf(tx, row.id, [row.status], patch);
  if (!won) throw preventionRefusal('ALREADY_HANDLED', `预警提醒${row.id}已由他人办理。`);
  return settle(tx, env, row, input.move, actor);
}

/**
 * 转线索移送 (第8条): the warning becomes a referral (附件3) to the county branch, sent as the
 * section that found the risk sent it; the warning keeps the referral's number and the referral
 * names the warning among its materials.
 */
export async function escalateWarning(
  tx: Tx,
  env: ActionContext,
  input: FollowInput & { enterprises: readonly Enterprise[] },
): Promise<WarningRow> {
  const { row, actor, branch } = await authorize(tx, env, input, 'escalate');
  if (!branch) throw preventionRefusal('BAD_INPUT', `未找到负责${row.county}的分局，无法转线索移送。`);
  const from: WarningStatus[] = [row.status];
  if (!(await updateWarningIf(tx, row.id, from, { status: 'escalated', updatedAt: env.at }))) {
    throw preventionRefusal('ALREADY_HANDLED', `预警提醒${row.id}已由他人办理。`);
  }
  const sender = personByOpenId(env.directory, row.senderOpenId) ?? actor;
  if (!sender)
    throw preventionRefusal('BAD_INPUT', `预警提醒${row.id}的发送人已不在通讯录中，请由分局人员办理。`);
  const referral = await submitPrefilled(tx, env, {
    channel: input.channel,
    sender,
    draft: referralDraftFromWarning({ ...row, branchId: branch.id }),
    enterprises: input.enterprises,
    warningId: row.id,
  });
  await updateWarningIf(tx, row.id, ['escalated'], {
    referralId: referral.id,
    closedAt: env.at,
    closedByName: actor?.name ?? null,
  });
  return settle(tx, env, row, 'escalate', actor, { referralId: referral.id });
}

export function doneText(move: WarningMove, row: WarningRow): string {
  return move === 'escalate' && row.referralId ? `${DONE[move]}，编号${row.referralId}。` : `${DONE[move]}。`;
}
