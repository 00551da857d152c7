import { z } from 'zod';
import { intentChoiceCard, INTENT_CHOICE_LABELS } from '../../../../cards/referrals/intent-choice.js';
import type { CardActionHandler, CardResponse } from '../../../app/card-router.js';
import { messageResource, queueContinuation } from '../../../app/continue-message.js';
import type { IncomingMessage } from '../../../app/message-context.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { INVALID } from './respond.js';

/**
 * The buttons of the 「移送线索」「政策问答」 card carry the message itself, so nothing is kept while
 * the sender decides. A card may hold 30 KB; two copies of this many characters stay far below it.
 */
export const MAX_CARRIED_CHARS = 1000;

export const INTENT_CHOICE_ACTION = 'referral.intent';

const choiceValue = z.object({
  choice: z.enum(['referral', 'policy']),
  msg: z.string().min(1),
  chat: z.string(),
  group: z.boolean().default(false),
  from: z.string().min(1),
  /** The thread the message was written in: the answer goes there too. */
  thread: z.string().optional(),
  text: z.string().min(1),
  /** The pictures and files sent with the message, offered once it is handled. */
  res: z.array(messageResource).default([]),
});

export function choiceValues(msg: IncomingMessage) {
  const common = {
    action: INTENT_CHOICE_ACTION,
    msg: msg.messageId,
    chat: msg.chatId,
    group: msg.chatType === 'group',
    from: msg.openId,
    ...(msg.threadId ? { thread: msg.threadId } : {}),
    text: msg.text,
    ...(msg.resources.length > 0 ? { res: msg.resources } : {}),
  };
  return { referral: { ...common, choice: 'referral' }, policy: { ...common, choice: 'policy' } };
}

/** What a click on a card whose message was already handed on is told; the card stays as it is. */
const ALREADY_CHOSEN: CardResponse = {
  toast: { type: 'info', content: '该消息已选择办理方式，无需重复选择。' },
};

/**
 * The sender's choice: the message goes on to the referral reader or to the policy answerer. Only
 * the first click counts; a later one (the other button on a second device) changes nothing.
 */
export const intentChoiceAction: CardActionHandler = async ({ action, services, remember }) => {
  const value = choiceValue.safeParse(action.value);
  if (!value.success) return INVALID;
  const { choice, msg, chat, group, from, thread, text, res } = value.data;
  if (action.operatorOpenId !== from)
    return { toast: { type: 'error', content: '仅发送该消息的人员可以选择办理方式。' } };
  const chosen: CardResponse = {
    toast: { type: 'success', content: `已按「${INTENT_CHOICE_LABELS[choice]}」办理。` },
    card: intentChoiceCard({ text, chosen: choice }),
  };
  return services.store.write(async (tx) => {
    const queued = await queueContinuation(tx, {
      // The referral reader by name; no name is the router's fallback, the policy answerer.
      ...(choice === 'referral' ? { intent: 'referral.chosen' } : {}),
      messageId: msg,
      chatId: chat,
      chatType: group ? 'group' : 'p2p',
      ...(thread ? { threadId: thread } : {}),
      openId: from,
      text,
      resources: res,
    });
    const answer = queued ? chosen : ALREADY_CHOSEN;
    if (queued)
      await appendAudit(
        tx,
        {
          actor: from,
          action: 'message.intent-chosen',
          entity: 'message',
          entityId: msg,
          detail: { choice },
        },
        services.now().toISOString(),
      );
    await remember(tx, answer);
    return answer;
  });
};
