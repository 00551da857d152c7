import { z } from 'zod';
import type { CardActionHandler } from '../../../app/card-router.js';
import { acceptReferral } from '../service/accept.js';
import { cardFor } from '../service/cards.js';
import { actionContextOf } from '../../../app/action-context.js';
import { returnReferral } from '../service/return.js';
import { verifyReferral } from '../service/verify.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { formText } from '../../../app/form-values.js';
import { INVALID } from './respond.js';

const referralValue = z.object({ id: z.string().min(1) });

/** 接收: the head names the 承办人; the card becomes the case card. */
export const acceptAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = referralValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const handler = formText(action.formValue, 'handler');
    const view = await services.store.write((tx) =>
      acceptReferral(tx, env, {
        id: value.data.id,
        operatorOpenId: action.operatorOpenId,
        ...(handler ? { handlerPersonId: handler } : {}),
      }),
    );
    return {
      toast: { type: 'success', content: `已接收，承办人：${view.handler?.name ?? ''}。` },
      card: cardFor(directory, view, action.operatorOpenId),
    };
  });

/** 退回: back to the sender with the reason typed on the card. */
export const returnAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = referralValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const reason = formText(action.formValue, 'reason');
    const view = await services.store.write((tx) =>
      returnReferral(tx, env, {
        id: value.data.id,
        operatorOpenId: action.operatorOpenId,
        ...(reason ? { reason } : {}),
      }),
    );
    return {
      toast: { type: 'success', content: '已退回移送方。' },
      card: cardFor(directory, view, action.operatorOpenId),
    };
  });

/** 需进一步核查: the clue is checked before it is accepted or returned. */
export const verifyAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = referralValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const note = formText(action.formValue, 'reason');
    const view = await services.store.write((tx) =>
      verifyReferral(tx, env, {
        id: value.data.id,
        operatorOpenId: action.operatorOpenId,
        ...(note ? { note } : {}),
      }),
    );
    return {
      toast: { type: 'success', content: '已标记需进一步核查，核查后请接收或退回。' },
      card: cardFor(directory, view, action.operatorOpenId),
    };
  });
