import { cardRefOfMessage } from '../outbox/outbox-repo.js';
import type { Tx } from '../store/db.js';
import type { MessageContext } from './message-context.js';
import { Refusal } from './refusal.js';

/**
 * Answers a typed reply to one of the bot's cards, read in that card's context; false when the card
 * is not the feature's or the reply asks nothing of it (a question, a thanks), which the intents take.
 */
export type CardReplyHandler = (ctx: MessageContext, cardRef: string) => Promise<boolean>;

/** Each feature's handler of replies to its cards, tried in turn. */
export class CardReplies {
  private readonly handlers: CardReplyHandler[] = [];

  on(handler: CardReplyHandler): this {
    this.handlers.push(handler);
    return this;
  }

  /**
   * A reply names the message it answers (`parent_id`) and the first of its chain (`root_id`); in a
   * thread the card is the root. The outbox knows which card each sent message carried.
   */
  async handle(ctx: MessageContext): Promise<boolean> {
    const { parentId, rootId } = ctx.msg;
    const db = ctx.services.store.db;
    for (const messageId of new Set([parentId, rootId])) {
      if (!messageId) continue;
      const cardRef = await cardRefOfMessage(db, messageId);
      if (!cardRef) continue;
      for (const handler of this.handlers) if (await handler(ctx, cardRef)) return true;
      return false;
    }
    return false;
  }
}

const QUOTE_MAX = 40;

/** A typed reply as quoted back to its writer. */
export function quoted(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text;
}

/** Runs a typed decision's one transaction; a refusal (not theirs, decided already) is the answer. */
export async function commitOrRefuse(ctx: MessageContext, run: (tx: Tx) => Promise<void>): Promise<void> {
  try {
    await ctx.commit(run);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    await ctx.answer(err.message);
  }
}
