import { notInDirectoryText } from '../../cards/help/usage.js';
import { loadDirectory, loadEnterprises } from '../directory/directory-repo.js';
import { identify } from '../directory/who.js';
import { markDone } from '../work-queue/queue-table.js';
import type { CardReplies } from './card-replies.js';
import { MessageContext, type IncomingMessage } from './message-context.js';
import { matchContext, type MessageIntent, type MessageRouter } from './message-router.js';
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
    return runIntent(ctx, undefined);
  }
  const intent = await router.route(
    msg.text,
    matchContext(() => loadEnterprises(services.store.db)),
  );
  services.log.debug({ eventId: msg.eventId, intent: intent?.name }, 'message routed');
  await runIntent(ctx, intent);
}

/** Runs a handler on a message; `ctx.msg.eventId` is the queue row its commit marks done. */
export async function runIntent(ctx: MessageContext, intent: MessageIntent | undefined): Promise<void> {
  if (intent) await intent.handle(ctx);
  if (!ctx.hasCommitted) await ctx.services.store.write((tx) => markDone(tx, ctx.msg.eventId));
}
