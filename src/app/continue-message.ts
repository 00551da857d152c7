import { z } from 'zod';
import { identify } from '../directory/who.js';
import { enqueueFollowUp } from '../work-queue/follow-up-jobs.js';
import type { Tx } from '../store/db.js';
import type { FollowUpHandler } from './follow-ups.js';
import { runIntent } from './handle-message.js';
import { MessageContext } from './message-context.js';
import type { MessageRouter } from './message-router.js';
import type { ResourceHandler } from './resource-handler.js';

/**
 * A message the bot asked about (「移送线索」 or 「政策问答」?) is handled once the sender has chosen:
 * the click queues the original message with the chosen handler, and the queue worker runs it as if
 * the message had just arrived, its reply threaded under the original. The row's id is the message's,
 * so a second click cannot handle it twice.
 */

export const CONTINUE_MESSAGE = 'message.continue';

/** A picture or file a message carried (message-content.ts), as a card or a queued row carries it. */
export const messageResource = z.object({
  kind: z.enum(['image', 'file']),
  key: z.string().min(1),
  name: z.string().optional(),
});

const continuation = z.object({
  /** A continuation's or intent's name; absent means the fallback (the policy answerer). */
  intent: z.string().optional(),
  messageId: z.string().min(1),
  chatId: z.string(),
  chatType: z.enum(['p2p', 'group']),
  /** The thread the message was written in, where its answer goes too. */
  threadId: z.string().optional(),
  openId: z.string().min(1),
  text: z.string(),
  /** Pictures and files the message carried, offered once the chosen handler has run. */
  resources: z.array(messageResource).default([]),
});

export type Continuation = z.input<typeof continuation>;

/** False when the message was handed on already (a second click): nothing is queued. */
export function queueContinuation(tx: Tx, c: Continuation): Promise<boolean> {
  return enqueueFollowUp(tx, {
    id: `${CONTINUE_MESSAGE}:${c.messageId}`,
    type: CONTINUE_MESSAGE,
    payload: c,
  });
}

export function continueMessage(router: MessageRouter, resources?: ResourceHandler): FollowUpHandler {
  return async ({ id, services, directory, payload, done }) => {
    const parsed = continuation.safeParse(payload);
    const identity = parsed.success ? identify(directory, parsed.data.openId) : undefined;
    const intent = parsed.success ? router.named(parsed.data.intent) : undefined;
    if (!parsed.success || !identity || !intent) {
      services.log.warn({ id }, 'continuation dropped');
      await services.store.write(done);
      return;
    }
    const { messageId, chatId, chatType, threadId, openId, text, resources: carried } = parsed.data;
    const msg = {
      eventId: id,
      messageId,
      chatId,
      chatType,
      openId,
      text,
      resources: carried,
      ...(threadId ? { threadId } : {}),
    };
    await runIntent(new MessageContext(msg, services, directory, identity), intent, resources);
  };
}
