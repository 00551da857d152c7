import * as lark from '@larksuiteoapi/node-sdk';
import type { CardRouter } from '../app/card-router.js';
import { handleCardAction, type CardActionData } from '../app/handle-card-action.js';
import type { MessageReceiveData } from '../app/incoming-message.js';
import type { Services } from '../app/services.js';
import { markStale } from '../directory/org-sync-state.js';
import { acceptEvent, MESSAGE_EVENT } from '../work-queue/inbound-events.js';

/** Contact changes: each marks the directory stale for the scheduled re-sync (ORG_SYNC_EVERY). */
export const CONTACT_EVENTS = [
  'contact.user.updated_v3',
  'contact.user.deleted_v3',
  'contact.department.updated_v3',
] as const;

export const HANDLED_EVENTS = new Set<string>([MESSAGE_EVENT, 'card.action.trigger', ...CONTACT_EVENTS]);

/** An answer already serialized, sent as it is; the long connection's client serializes it again. */
export class JsonAnswer {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text) as unknown;
  }
}

/**
 * The SDK's dispatcher decodes both transports (webhook bodies we verified ourselves, and the
 * long-connection client's frames) into flat data; these handlers are the fast part of each event.
 */
export function createIntakeDispatcher(
  services: Services,
  cards: CardRouter,
  afterAck: (task: () => Promise<void>) => void,
  kickWorker: () => Promise<void>,
): lark.EventDispatcher {
  const stale = Object.fromEntries(
    CONTACT_EVENTS.map((type) => [
      type,
      async () => {
        await markStale(services.store, type, services.now());
        return {};
      },
    ]),
  );
  return new lark.EventDispatcher({ loggerLevel: lark.LoggerLevel.error }).register({
    ...stale,
    'im.message.receive_v1': async (data: MessageReceiveData & { event_id?: string }) => {
      const eventId = data.event_id;
      if (!eventId) return {};
      const fresh = await acceptEvent(services.store, {
        eventId,
        eventType: MESSAGE_EVENT,
        messageId: data.message?.message_id,
        payload: data,
      });
      if (fresh) afterAck(kickWorker);
      return {};
    },
    'card.action.trigger': async (data: CardActionData) =>
      new JsonAnswer(await handleCardAction(services, cards, data)),
  });
}
