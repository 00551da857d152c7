import { notInDirectoryText, resourceOnlyText, unusableMessageText } from '../../cards/help/usage.js';
import { loadDirectory, loadEnterprises } from '../directory/directory-repo.js';
import { identify } from '../directory/who.js';
import { markDone } from '../work-queue/queue-table.js';
import type { CardReplies } from './card-replies.js';
import { MessageContext, type IncomingMessage } from './message-context.js';
import { matchContext, type MessageIntent, type MessageRouter } from './message-router.js';
import { Refusal } from './refusal.js';
import { replyTo } from './replies.js';
import type { ResourceHandler } from './resource-handler.js';
import type { Services } from './services.js';

/** What features add to the text intents: typed replies to their cards, and pictures and files. */
export interface MessageHandlers {
  cardReplies?: CardReplies;
  resources?: ResourceHandler;
}

/**
 * One inbound message: who sent it, which intent handles its text, and the handler's one commit. A
 * reply to one of the bot's cards is first offered to that card's feature. Pictures and files go to
 * the resource handler: alone, or after the text they came with.
 */
export async function handleMessage(
  services: Services,
  router: MessageRouter,
  msg: IncomingMessage,
  handlers: MessageHandlers = {},
): Promise<void> {
  const directory = await loadDirectory(services.store.db);
  const identity = directory ? identify(directory, msg.openId) : undefined;
  if (!directory || !identity) {
    await services.store.write(async (tx) => {
      await markDone(tx, msg.eventId);
      await replyTo(tx, msg.messageId, msg.openId, notInDirectoryText(), undefined, {
        inThread: !!msg.threadId,
      });
    });
    services.kickOutbox();
    return;
  }
  const ctx = new MessageContext(msg, services, directory, identity);
  // A picture or file alone, even in reply to a card, says nothing to the card: it is only offered.
  const onlyResources = msg.text === '' && msg.resources.length > 0;
  if (!onlyResources && (await handlers.cardReplies?.handle(ctx))) {
    services.log.debug({ eventId: msg.eventId, intent: 'card-reply' }, 'message routed');
    return runIntent(ctx, undefined, handlers.resources);
  }
  const intent = onlyResources
    ? undefined
    : await router.route(
        msg.text,
        matchContext(() => loadEnterprises(services.store.db)),
      );
  services.log.debug({ eventId: msg.eventId, intent: intent?.name }, 'message routed');
  await runIntent(ctx, intent, handlers.resources);
}

/**
 * Runs a handler on a message, then offers its pictures and files; `ctx.msg.eventId` is the queue
 * row its commit marks done.
 */
export async function runIntent(
  ctx: MessageContext,
  intent: MessageIntent | undefined,
  resources?: ResourceHandler,
): Promise<void> {
  const { msg, services } = ctx;
  if (intent) await handleOrRefuse(ctx, intent);
  const offer = msg.resources.length > 0 && resources && !ctx.resourcesCarried;
  const taken = offer ? await resources(ctx) : false;
  const first = msg.resources[0];
  if (msg.text === '' && !taken && first)
    await ctx.answer(resourceOnlyText(first.kind, services.config.attachments.offerMinutes));
  if (!ctx.hasCommitted) await services.store.write((tx) => markDone(tx, msg.eventId));
}

/** A refusal is the answer, whichever intent raised it: retrying the row would only refuse again. */
async function handleOrRefuse(ctx: MessageContext, intent: MessageIntent): Promise<void> {
  try {
    await intent.handle(ctx);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    await ctx.answer(err.message);
  }
}

/** A message the bot cannot read: one polite line in a one-to-one chat, nothing in a group. */
export async function handleUnusable(services: Services, msg: IncomingMessage): Promise<void> {
  await services.store.write(async (tx) => {
    await markDone(tx, msg.eventId);
    if (msg.chatType === 'p2p') await replyTo(tx, msg.messageId, msg.openId, unusableMessageText());
  });
  services.kickOutbox();
}
