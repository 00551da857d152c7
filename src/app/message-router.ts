import type { MessageContext } from './message-context.js';

/** A thing the bot can do when a person writes to it. */
export interface MessageIntent {
  name: string;
  /** Cheap test on the mention-free text; the first intent that matches handles the message. */
  matches(text: string): boolean;
  handle(ctx: MessageContext): Promise<void>;
}

export class MessageRouter {
  private readonly intents: MessageIntent[] = [];
  private fallback: MessageIntent | undefined;

  register(...intents: MessageIntent[]): this {
    this.intents.push(...intents);
    return this;
  }

  /** Used when no command matches: in practice the policy question answerer. */
  setFallback(intent: MessageIntent): this {
    this.fallback = intent;
    return this;
  }

  route(text: string): MessageIntent | undefined {
    return this.intents.find((i) => i.matches(text)) ?? this.fallback;
  }
}
