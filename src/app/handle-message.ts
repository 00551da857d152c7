import { notInDirectoryText } from '../../cards/help/usage.js';
import { loadDirectory } from '../directory/directory-repo.js';
import { identify } from '../directory/who.js';
import { markDone } from '../work-queue/queue-table.js';
import type { CardReplies } from './card-replies.js';
import { MessageContext, type IncomingMessage } from './message-context.js';
import type { MessageRouter } from './message-router.js';
import { replyTo } from './replies.js';
import type { Services } from './services.js';

/**
 * One inbound text message: who sent it, which intent handles it, and the handler's one commit. A
 * reply to one of the bot's cards is first offered to that card's feature.
 */
export async function handleMessage(
  services: Services,
  router: MessageRouter,
  msg: IncomingMessage,
  cardReplies?: CardReplies,
): Promise<void> {
  const directory = await loadDirectory(services.store.db);
  const identity = directory ? identify(directory, msg.openId) : undefined;
  if (!directory || !identity) {
    await services.store.write(async (tx) => {
      await markDone(tx, msg.eventId);
      await replyTo(tx, msg.messageId, msg.openId, notInDirectoryText());
    });
    services.kickOutbox();
    return;
  }
  const ctx = new MessageContext(msg, services, directory, identity);
  if (await cardReplies?.handle(ctx)) {
    services.log.debug({ eventId: msg.eventId, intent: 'card-reply' }, 'message routed');
  } else {
    const intent = router.route(msg.text);
    services.log.debug({ eventId: msg.eventId, intent: intent?.name }, 'message routed');
    if (intent) await intent.handle(ctx);
  }
  if (!ctx.hasCommitted) await services.store.write((tx) => markDone(tx, msg.eventId));
}
