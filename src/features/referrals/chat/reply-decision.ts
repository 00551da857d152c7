import { referralReplyConfirmCard } from '../../../../cards/referrals/reply-confirm.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { MessageContext } from '../../../app/message-context.js';
import { commitOrRefuse, quoted } from '../../../app/card-replies.js';
import { unitById } from '../../../directory/who.js';
import { personNamed, type ReplyReading } from '../../../domain/replies/index.js';
import { unitPeople } from '../access.js';
import { acceptReferral } from '../service/accept.js';
import { authorizeDecision } from '../service/authorize.js';
import { deliverCard } from '../service/outgoing.js';
import { returnReferral } from '../service/return.js';
import type { ReferralView } from '../view.js';

/** Members of the receiving unit, who may be named 承办人. */
function handlersOf(env: ActionContext, view: ReferralView) {
  const unit = unitById(env.directory, view.toUnit.id);
  return unit ? unitPeople(env.directory, unit) : [];
}

/**
 * 接收 / 退回 typed by the receiving head. In reply to the referral's own card a firm word with what
 * the verb needs (a 承办人 found in the unit, a reason) is applied through the card's verbs; anything
 * else, and every bare word, gets a card one click from the decision.
 */
export async function decideTyped(
  ctx: MessageContext,
  env: ActionContext,
  view: ReferralView,
  reading: ReplyReading,
  inReply: boolean,
): Promise<void> {
  const typed = quoted(ctx.msg.text);
  const operatorOpenId = ctx.msg.openId;
  const people = handlersOf(env, view);
  const handler = reading.to ? personNamed(people, reading.to) : undefined;
  const accept = reading.action === 'accept';
  const apply = inReply && reading.firm && (accept ? handler !== undefined : reading.reason !== undefined);
  await commitOrRefuse(ctx, async (tx) => {
    if (apply && accept && handler) {
      await acceptReferral(tx, env, { id: view.id, operatorOpenId, handlerPersonId: handler.id });
      await ctx.reply(tx, `已按您的回复「${typed}」接收线索${view.id}，承办人：${handler.name}。`);
      return;
    }
    if (apply && reading.reason) {
      await returnReferral(tx, env, { id: view.id, operatorOpenId, reason: reading.reason });
      await ctx.reply(tx, `已按您的回复「${typed}」退回线索${view.id}，理由：${reading.reason}。`);
      return;
    }
    await authorizeDecision(tx, env, view.id, operatorOpenId);
    const notice = accept
      ? reading.to && !handler
        ? `未能在${view.toUnit.name}人员中确定「${reading.to}」，请选择承办人后确认。`
        : handler
          ? undefined
          : '接收须指定承办人，请选择后确认。'
      : reading.reason
        ? undefined
        : '退回须填写理由，请填写后确认。';
    const card = referralReplyConfirmCard({
      view,
      decision: accept ? 'accept' : 'send-back',
      typed,
      people: people.map((p) => ({ value: p.id, label: p.name })),
      ...(handler ? { handler: handler.id } : {}),
      ...(reading.reason ? { reason: reading.reason } : {}),
      ...(notice ? { notice } : {}),
    });
    await deliverCard(tx, env, view, operatorOpenId, card, (c, ref) => ctx.reply(tx, c, ref));
  });
}
