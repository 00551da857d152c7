import type { MessageContext } from '../../../app/message-context.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Enterprise } from '../../../domain/org.js';
import type { DraftField, ReferralDraft } from '../../../domain/referrals/annex3.js';
import { buildConfirmCard } from '../confirm-card.js';
import { reviewDraft } from '../review.js';
import { draftCardRef } from '../service/confirm.js';
import { actionContextOf } from '../../../app/action-context.js';
import { saveDraft } from '../service/save-draft.js';

/**
 * Keeps the draft and answers with its confirmation card; `empty` is the blank form of
 * 「填写线索移送表」, which asks for every box.
 */
export async function replyWithDraft(
  ctx: MessageContext,
  draft: ReferralDraft,
  unsure: DraftField[],
  empty = false,
  registry?: readonly Enterprise[],
): Promise<void> {
  const enterprises = registry ?? (await loadEnterprises(ctx.services.store.db));
  const review = reviewDraft(
    draft,
    unsure,
    { directory: ctx.directory, enterprises, sender: ctx.identity },
    empty,
  );
  const env = actionContextOf(ctx.services, ctx.directory);
  await ctx.commit(async (tx) => {
    const draftId = await saveDraft(tx, env, {
      senderOpenId: ctx.msg.openId,
      chatId: ctx.msg.chatId,
      draft: review.draft,
      unsure,
    });
    const card = buildConfirmCard(review, {
      draftId,
      directory: ctx.directory,
      sender: ctx.identity.person,
      ...(empty ? { empty: true } : {}),
    });
    // The draft shows the subject and any ID number: in a group it goes to its sender alone.
    await ctx.replyPrivately(tx, card, draftCardRef(draftId));
  });
}
