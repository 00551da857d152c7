import { MESSAGE_EVENT } from '../work-queue/inbound-events.js';
import { markDone } from '../work-queue/queue-table.js';
import type { QueuedWork, WorkHandler } from '../work-queue/queue-worker.js';
import { runFollowUp, type FollowUpHandlers } from './follow-ups.js';
import { handleMessage, handleUnusable, type MessageHandlers } from './handle-message.js';
import { parseIncomingMessage, type MessageReceiveData } from './incoming-message.js';
import type { MessageRouter } from './message-router.js';
import type { Services } from './services.js';

/**
 * Where the queue worker's rows go: message events to the intents (typed replies to the bot's cards
 * first, pictures and files after the text), follow-ups to their handlers.
 */
export interface WorkRoutes extends MessageHandlers {
  messages: MessageRouter;
  followUps: FollowUpHandlers;
}

/**
 * The queue worker's handler. A message event is handled as a message (one the bot does not answer:
 * from a bot, in a group without a mention, malformed, is only marked done); any other row is a
 * follow-up, run by the handler for its type.
 */
export function workDispatch(services: Services, routes: WorkRoutes): WorkHandler {
  return async ({ eventId, eventType, payload }: QueuedWork) => {
    if (eventType === MESSAGE_EVENT) {
      const parsed = parseIncomingMessage(eventId, payload as MessageReceiveData);
      if (parsed.kind === 'text') await handleMessage(services, routes.messages, parsed.msg, routes);
      else if (parsed.kind === 'unusable') await handleUnusable(services, parsed.msg);
      else await services.store.write((tx) => markDone(tx, eventId));
      return;
    }
    const followUp = routes.followUps.get(eventType);
    // Left pending, a row nothing marks done would be fetched again at once, for ever: the worker
    // records the failure and, after its last attempt, leaves the row for an operator.
    if (!followUp) throw new Error(`no handler for ${eventType}`);
    await runFollowUp(services, followUp, eventId, payload);
  };
}
