import { actionContextOf } from '../../../app/action-context.js';
import { commitOrRefuse, quoted, type CardReplyHandler } from '../../../app/card-replies.js';
import { readReply } from '../../../domain/replies/index.js';
import { cancelBody } from '../input.js';
import { readyNoticeLinks } from '../service/cards.js';
import { cancelInspection } from '../service/steps.js';
import { INSPECTION_CARD_KIND } from '../store/inspection-repo.js';

/** `inspection:JC-2026-0001-1:2`, as service/cards.ts names each visit card it sends. */
const CARD_REF = new RegExp(`^${INSPECTION_CARD_KIND}:(JC-\\d{4}-\\d{1,8}-\\d{1,4}):\\d+$`);

const NO_REASON = '取消检查须说明原因，请回复「取消，原因」，或在卡片中填写取消原因后点击「取消检查」。';

/**
 * 「取消，企业已停产」 typed in reply to a visit's card: the card's 「取消检查」 with that reason, through
 * the same verb (who may, in which state, one transaction, an audit record). Without a reason
 * nothing is done and the writer is told how; anything else typed is left to the intents.
 */
export const inspectionCardReply: CardReplyHandler = async (ctx, cardRef) => {
  const code = CARD_REF.exec(cardRef)?.[1];
  if (!code) return false;
  const reading = readReply(ctx.msg.text, 'inspection');
  if (reading.action !== 'cancel') return false;
  const body = cancelBody.safeParse({ by: ctx.msg.openId, reason: reading.reason ?? '' });
  if (!body.success) {
    await ctx.answer(reading.reason ? (body.error.issues[0]?.message ?? NO_REASON) : NO_REASON);
    return true;
  }
  const env = actionContextOf(ctx.services, ctx.directory);
  await readyNoticeLinks(ctx.services);
  await commitOrRefuse(ctx, async (tx) => {
    await cancelInspection(tx, env, code, body.data);
    await ctx.reply(
      tx,
      `已按您的回复「${quoted(ctx.msg.text)}」取消检查${code}，取消原因：${body.data.reason}。`,
    );
  });
  return true;
};
