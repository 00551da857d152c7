import type { Tx } from '../store/db.js';
import type { ActionContext } from './action-context.js';
import type { MessageContext } from './message-context.js';

/**
 * Open actions a feature adds to 「我的待办」: in the reply's transaction it sends the asker a fresh
 * card for each (never a pointer to a card that may have aged out) and says how many it listed.
 */
export interface TodoSource {
  name: string;
  reply(ctx: MessageContext, tx: Tx, env: ActionContext): Promise<number>;
}
