import { notInDirectoryText } from '../../cards/help/usage.js';
import { loadDirectory, loadEnterprises } from '../directory/directory-repo.js';
import { identify, type Identity } from '../directory/who.js';
import type { Directory } from '../domain/org.js';
import { markDone } from '../work-queue/queue-table.js';
import { MessageContext, type IncomingMessage } from './message-context.js';
import { matchContext, type MessageIntent, type MessageRouter } from './message-router.js';
import { replyTo } from './replies.js';
import type { Services } from './services.js';

/** One inbound text message: who sent it, which intent handles it, and the handler's one commit. */
export async function handleMessage(
  services: Services,
  router: MessageRouter,
  msg: IncomingMessage,
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
  const intent = await router.route(
    msg.text,
    matchContext(() => loadEnterprises(services.store.db)),
  );
  services.log.debug({ eventId: msg.eventId, intent: intent?.name }, 'message routed');
  await runIntent(services, intent, msg, directory, identity);
}

/** Runs a handler on a message; `msg.eventId` is the inbox row its commit marks done. */
export async function runIntent(
  services: Services,
  intent: MessageIntent | undefined,
  msg: IncomingMessage,
  directory: Directory,
  identity: Identity,
): Promise<void> {
  const ctx = new MessageContext(msg, services, directory, identity);
  if (intent) await intent.handle(ctx);
  if (!ctx.hasCommitted) await services.store.write((tx) => markDone(tx, msg.eventId));
}
