import {
  replyConfirmCard,
  TYPED_DECISION_LABELS,
  type TypedDecision,
} from '../../../../cards/approvals/reply-confirm.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { MessageContext } from '../../../app/message-context.js';
import { commitOrRefuse, quoted } from '../../../app/card-replies.js';
import { personNamed, type ReplyReading } from '../../../domain/replies/index.js';
import { approvalRefusal } from '../refusals.js';
import { authorizeStep } from '../service/authorize.js';
import { decideStep } from '../service/decide.js';
import { deliverStepCard, transferChoices } from '../service/outgoing.js';
import { loadView } from '../store/request-repo.js';

/** The step a typed reply acts on. */
export interface ReplyTarget {
  id: string;
  stepIdx: number;
}

/**
 * Applied as typed only when nothing is left to guess: a firm 同意, or a firm 驳回 / 退回 with its
 * reason. Everything else (a soft 可以, a 驳回 without reason, a 转交) is answered with a card.
 */
export function appliesAsTyped(reading: ReplyReading): boolean {
  if (!reading.firm) return false;
  if (reading.action === 'approve') return true;
  return (reading.action === 'reject' || reading.action === 'return') && reading.reason !== undefined;
}

/** The decision the card's button would make, made through the same verb, confirmed in one line. */
export async function applyTyped(
  ctx: MessageContext,
  env: ActionContext,
  target: ReplyTarget,
  reading: ReplyReading,
): Promise<void> {
  const decision = reading.action as 'approve' | 'reject' | 'return';
  await commitOrRefuse(ctx, async (tx) => {
    await decideStep(tx, env, {
      id: target.id,
      stepIdx: target.stepIdx,
      decision,
      operatorOpenId: ctx.msg.openId,
      ...(reading.reason ? { comment: reading.reason } : {}),
    });
    const label = TYPED_DECISION_LABELS[decision];
    const comment = reading.reason ? `，审批意见：${reading.reason}` : '';
    await ctx.reply(tx, `已按您的回复「${quoted(ctx.msg.text)}」办理${target.id}：${label}${comment}。`);
  });
  ctx.services.kickFollowUps();
}

/** A card that makes the reply one click from its decision, sent only to whoever may decide. */
export async function confirmTyped(
  ctx: MessageContext,
  env: ActionContext,
  target: ReplyTarget,
  reading: ReplyReading,
): Promise<void> {
  const decision = reading.action as TypedDecision;
  await commitOrRefuse(ctx, async (tx) => {
    const view = await loadView(tx, target.id);
    if (!view) throw approvalRefusal('NOT_FOUND', '未找到该审批申请。');
    const { actor } = await authorizeStep(tx, env, view, target.stepIdx, ctx.msg.openId);
    const people = transferChoices(env, view, target.stepIdx);
    const named = decision === 'transfer' && reading.to ? personNamed(people, reading.to) : undefined;
    let notice: string | undefined;
    if (decision === 'reject' && !reading.reason) notice = '驳回须填写理由，请在「审批意见」中填写后确认。';
    if (decision === 'transfer' && !named) {
      notice = reading.to
        ? `未能在可转交人员中确定「${reading.to}」，请选择接收人后确认。`
        : '请选择接收人后确认。';
    }
    const card = replyConfirmCard({
      view,
      stepIdx: target.stepIdx,
      decision,
      typed: quoted(ctx.msg.text),
      people,
      ...(reading.reason ? { comment: reading.reason } : {}),
      ...(named ? { transferTo: named.openId } : {}),
      ...(notice ? { notice } : {}),
      ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
    });
    await deliverStepCard(tx, env, view, target.stepIdx, ctx.msg.openId, card, (c, ref) =>
      ctx.reply(tx, c, ref),
    );
  });
}
