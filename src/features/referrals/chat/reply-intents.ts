import { actionContextOf } from '../../../app/action-context.js';
import type { CardReplyHandler } from '../../../app/card-replies.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { STATE_LABELS } from '../../../domain/referrals/lifecycle.js';
import { readReply, type ReplyAction } from '../../../domain/replies/index.js';
import { viewerOf } from '../access.js';
import { nextCaseStage } from '../service/cards.js';
import { sendCard } from '../service/outgoing.js';
import { referralOfCard } from '../store/card-repo.js';
import { awaitingDecision } from '../store/list-repo.js';
import { loadReferral } from '../store/referral-repo.js';
import { decideTyped } from './reply-decision.js';

const MAX_LISTED = 10;
const NAMES_DECISION = /接收|受理|签收|退回|驳回|拒收/;
const HESITATION = '好的，核实后可在卡片中办理，或直接回复「接收，由某某承办」「退回：理由」。';

/**
 * A typed reply to a referral's card, read in the card's context: 接收 / 退回 while it waits for the
 * receiving head; on a case card, a pointer to the stage form, whose boxes a reply cannot fill in.
 */
export const referralCardReply: CardReplyHandler = async (ctx, cardRef) => {
  const db = ctx.services.store.db;
  const id = await referralOfCard(db, cardRef);
  const view = id ? await loadReferral(db, id) : undefined;
  if (!view) return false;
  const env = actionContextOf(ctx.services, ctx.directory);
  const reading = readReply(ctx.msg.text, 'referral');
  const next = nextCaseStage(view);
  const viewer = viewerOf(ctx.directory, ctx.msg.openId, view);
  const onCase = next !== undefined && (viewer.isHandler || viewer.isReceivingHead);
  // On a case card only the words of 接收 / 退回 are a (stale) decision; 同意 or 好的 are not.
  const decides = reading.kind === 'decision' && (!onCase || NAMES_DECISION.test(ctx.msg.text));
  if (decides) {
    await decideTyped(ctx, env, view, reading, true);
    return true;
  }
  if (onCase && readReply(ctx.msg.text, 'stage').kind !== 'courtesy' && reading.kind !== 'question') {
    const label = STATE_LABELS[next];
    await ctx.answer(`该线索下一环节为「${label}」，请在卡片中填写后点击「提交${label}」。`);
    return true;
  }
  if (reading.kind === 'hesitation') {
    await ctx.answer(HESITATION);
    return true;
  }
  return false;
};

const HEAD_ACTIONS: ReadonlySet<ReplyAction> = new Set(['accept', 'send-back']);

/** 「接收」 in answer to no card: the one referral waiting on the head, or the list of them. */
export const typedReferralDecisionIntent: MessageIntent = {
  name: 'referral.typed',
  matches: (text) => HEAD_ACTIONS.has(readReply(text, 'none').action),
  async handle(ctx) {
    const reading = readReply(ctx.msg.text, 'none');
    const me = ctx.identity.person;
    const headed = ctx.identity.units.filter((u) => u.head === me.id).map((u) => u.id);
    const waiting = await awaitingDecision(ctx.services.store.db, headed, MAX_LISTED + 1);
    const env = actionContextOf(ctx.services, ctx.directory);
    const [only] = waiting;
    if (!only) {
      await ctx.answer('您当前没有待接收的线索。');
    } else if (waiting.length === 1) {
      await decideTyped(ctx, env, only, reading, false);
    } else {
      const more = waiting.length > MAX_LISTED ? `，以下为最早的${MAX_LISTED}件` : '';
      await ctx.commit(async (tx) => {
        await ctx.reply(tx, `您当前有多件线索待接收${more}，请在相应卡片中办理或回复该卡片：`);
        for (const view of waiting.slice(0, MAX_LISTED)) {
          const full = (await loadReferral(tx, view.id)) ?? view;
          await sendCard(tx, env, full, me.openId, {}, (card, ref) => ctx.reply(tx, card, ref));
        }
      });
    }
  },
};
