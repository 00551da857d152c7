import { quoted, type CardReplyHandler } from '../../../app/card-replies.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { readReply, type ReplyAction } from '../../../domain/replies/index.js';
import { waitingOn } from '../service/waiting.js';
import { cardByRef } from '../store/card-repo.js';
import { NOTHING_WAITING } from './commands.js';
import { replyWithWaiting } from './list-intents.js';
import { appliesAsTyped, applyTyped, confirmTyped } from './reply-decision.js';

const HESITATION = '好的，审阅后可在卡片中办理，或直接回复「同意」「驳回：理由」「退回：意见」。';

/**
 * A typed reply to an approver card, read as that card's decision. What asks nothing of the card (a
 * question, a thanks) is left to the intents.
 */
export const approvalCardReply: CardReplyHandler = async (ctx, cardRef) => {
  const card = await cardByRef(ctx.services.store.db, cardRef);
  if (!card) return false;
  const reading = readReply(ctx.msg.text, 'approval');
  if (reading.kind === 'hesitation') {
    await ctx.answer(HESITATION);
    return true;
  }
  if (reading.action === 'none') return false;
  const env = actionContextOf(ctx.services, ctx.directory);
  const target = { id: card.requestId, stepIdx: card.stepIdx };
  if (appliesAsTyped(reading)) await applyTyped(ctx, env, target, reading);
  else await confirmTyped(ctx, env, target, reading);
  return true;
};

const APPROVER_ACTIONS: ReadonlySet<ReplyAction> = new Set(['approve', 'reject', 'return', 'transfer']);

/**
 * 「同意」 in answer to no card: with one step waiting on the writer, a card one click from that
 * decision; with several, the list of them as 「我的待办」 gives it; with none, so said.
 */
export const typedDecisionIntent: MessageIntent = {
  name: 'approval.typed',
  matches: (text) => APPROVER_ACTIONS.has(readReply(text, 'none').action),
  async handle(ctx) {
    const reading = readReply(ctx.msg.text, 'none');
    const env = actionContextOf(ctx.services, ctx.directory);
    const waiting = await waitingOn(ctx.services.store.db, ctx.identity.person, env.today);
    const [only] = waiting;
    if (!only) {
      await ctx.answer(NOTHING_WAITING);
    } else if (waiting.length === 1) {
      await confirmTyped(ctx, env, { id: only.view.id, stepIdx: only.step.idx }, reading);
    } else {
      const lead = `您的回复「${quoted(ctx.msg.text)}」未指明申请，请在相应卡片中办理或回复该卡片。`;
      await ctx.commit((tx) => replyWithWaiting(ctx, tx, env, waiting, lead));
    }
  },
};
