import { attachmentLocalText } from '../../../../cards/referrals/attachments.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { ResourceHandler } from '../../../app/resource-handler.js';
import { offerAttachments, offerCardRef } from '../service/attachments.js';
import { recentDraftIn } from '../store/attachment-repo.js';

/**
 * Pictures and files sent with a referral, or within the configured minutes after one by the same
 * person in the same chat, are offered as its 移交材料. Nothing is downloaded until accepted.
 */
export const offerWithReferral: ResourceHandler = async (ctx) => {
  const { msg, services } = ctx;
  const minutes = services.config.attachments.offerMinutes;
  const since = new Date(services.now().getTime() - minutes * 60_000).toISOString();
  const draft = await recentDraftIn(services.store.db, { openId: msg.openId, chatId: msg.chatId, since });
  if (!draft) return false;
  // Locally only the simulator's own files could be fetched; 移交材料 are a Lark matter, said so in words.
  if (!services.resources || services.config.localMode) {
    await ctx.commit((tx) => ctx.reply(tx, attachmentLocalText(msg.resources)));
    return true;
  }
  const env = actionContextOf(services, ctx.directory);
  await ctx.commit(async (tx) => {
    const card = await offerAttachments(
      tx,
      env,
      {
        draftId: draft.id,
        referralId: draft.referralId,
        openId: msg.openId,
        chatId: msg.chatId,
        messageId: msg.messageId,
      },
      msg.resources,
    );
    await ctx.reply(tx, card, offerCardRef(draft.id, msg.messageId));
  });
  return true;
};
