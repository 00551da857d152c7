import { z } from 'zod';
import type { CardActionHandler } from '../../../app/card-router.js';
import { actionContextOf } from '../../../app/action-context.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { answerOffer } from '../service/attachments.js';
import { INVALID } from './respond.js';

const offerValue = z.object({ draft: z.string().min(1), message: z.string().min(1) });

/** 「作为移交材料附上」 (accept = true) and 「不附上」: the card turns read-only at once. */
function offerAnswer(accept: boolean): CardActionHandler {
  return ({ action, services, directory, identity, remember }) =>
    toastOnRefusal(async () => {
      const value = offerValue.safeParse(action.value);
      if (!value.success) return INVALID;
      const env = actionContextOf(services, directory);
      // The card router kicks the queue worker after every action: the download starts at once.
      return services.store.write(async (tx) => {
        const card = await answerOffer(tx, env, {
          draftId: value.data.draft,
          messageId: value.data.message,
          openId: identity.person.openId,
          accept,
        });
        const answer = {
          toast: accept
            ? { type: 'success' as const, content: '正在保存移交材料，完成后告知您。' }
            : { type: 'info' as const, content: '已确认不附上。' },
          card,
        };
        await remember(tx, answer);
        return answer;
      });
    });
}

export const attachAction = offerAnswer(true);
export const declineAttachAction = offerAnswer(false);
