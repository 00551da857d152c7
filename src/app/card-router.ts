import type { Card } from '../../cards/kit.js';
import type { Identity } from '../directory/who.js';
import type { Directory } from '../domain/org.js';
import type { Services } from './services.js';
import type { Tx } from '../store/db.js';

export interface CardAction {
  eventId: string;
  operatorOpenId: string;
  /** The button's callback value; `action` names the handler, e.g. `approval.decide`. */
  value: Record<string, unknown>;
  formValue: Record<string, unknown>;
  openMessageId: string;
  openChatId: string;
}

export interface CardResponse {
  toast?: { type: 'info' | 'success' | 'error' | 'warning'; content: string };
  card?: Card;
}

export interface CardActionContext {
  action: CardAction;
  services: Services;
  directory: Directory;
  identity: Identity;
  /**
   * Keeps `response` as the answer to this callback, in the handler's own transaction and as its last
   * write, so that a retry gets it again. Handlers that do not call it have their answer kept after
   * they return, in a transaction of its own.
   */
  remember(tx: Tx, response: CardResponse): Promise<void>;
}

export type CardActionHandler = (ctx: CardActionContext) => Promise<CardResponse>;

export class CardRouter {
  private readonly handlers = new Map<string, CardActionHandler>();

  on(action: string, handler: CardActionHandler): this {
    this.handlers.set(action, handler);
    return this;
  }

  find(action: unknown): CardActionHandler | undefined {
    return typeof action === 'string' ? this.handlers.get(action) : undefined;
  }
}

export function errorToast(content: string): CardResponse {
  return { toast: { type: 'error', content } };
}

/** Lark's callback answer body as sent: `{toast, card:{type:'raw', data}}`. */
export function larkAnswerText(r: CardResponse): string {
  return JSON.stringify({
    ...(r.toast ? { toast: r.toast } : {}),
    ...(r.card ? { card: { type: 'raw', data: r.card } } : {}),
  });
}
