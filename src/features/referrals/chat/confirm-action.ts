import { z } from 'zod';
import type { CardActionHandler } from '../../../app/card-router.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { buildConfirmCard, missingText } from '../confirm-card.js';
import { isFormField } from '../form-fields.js';
import { cardFor } from '../service/cards.js';
import { confirmDraft } from '../service/confirm.js';
import { actionContextOf } from '../../../app/action-context.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { INVALID } from './respond.js';

const confirmValue = z.object({ draft: z.string().min(1), ask: z.array(z.string()).default([]) });

/**
 * 「确认移送」. A complete form sends the referral and the card becomes the sender's record of it;
 * otherwise the same card comes back with what is still needed.
 */
export const confirmAction: CardActionHandler = ({ action, services, directory, identity }) =>
  toastOnRefusal(async () => {
    const value = confirmValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const enterprises = await loadEnterprises(services.store.db);
    const env = actionContextOf(services, directory);
    const result = await services.store.write((tx) =>
      confirmDraft(tx, env, {
        draftId: value.data.draft,
        sender: identity,
        asked: value.data.ask.filter(isFormField),
        formValue: action.formValue,
        enterprises,
      }),
    );
    if (result.sent) {
      const { view } = result;
      return {
        toast: { type: 'success', content: `已移送${view.toUnit.name}，编号${view.id}。` },
        card: cardFor(directory, view, action.operatorOpenId),
      };
    }
    const notice = missingText(result.review);
    return {
      toast: { type: 'error', content: '线索移送表尚未填写完整，请按提示补充。' },
      card: buildConfirmCard(result.review, {
        draftId: value.data.draft,
        directory,
        sender: identity.person,
        ...(notice ? { notice } : {}),
      }),
    };
  });
