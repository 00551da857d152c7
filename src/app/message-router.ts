import type { Enterprise } from '../domain/org.js';
import type { MessageContext } from './message-context.js';

/**
 * What an intent may consult besides the text. The enterprise registry is read only when an intent
 * asks for it (a referral names an enterprise), and at most once per message.
 */
export interface MatchContext {
  enterprises(): Promise<readonly Enterprise[]>;
}

/** A thing the bot can do when a person writes to it. */
export interface MessageIntent {
  name: string;
  /** Test on the mention-free text; the first intent that matches handles the message. */
  matches(text: string, ctx: MatchContext): boolean | Promise<boolean>;
  handle(ctx: MessageContext): Promise<void>;
}

export class MessageRouter {
  private readonly intents: MessageIntent[] = [];
  private readonly continuations = new Map<string, MessageIntent>();
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

  /**
   * Handlers a message can be continued with by name after the sender chose (「移送线索」「政策问答」);
   * a continuation is never matched against text.
   */
  registerContinuation(intent: MessageIntent): this {
    this.continuations.set(intent.name, intent);
    return this;
  }

  /** A continuation or a registered intent by name; no name is the fallback. */
  named(name?: string): MessageIntent | undefined {
    if (name === undefined) return this.fallback;
    return (
      this.continuations.get(name) ??
      this.intents.find((i) => i.name === name) ??
      (this.fallback?.name === name ? this.fallback : undefined)
    );
  }

  async route(text: string, ctx: MatchContext): Promise<MessageIntent | undefined> {
    for (const intent of this.intents) if (await intent.matches(text, ctx)) return intent;
    return this.fallback;
  }
}

/** A match context over a loader, which runs at most once. */
export function matchContext(load: () => Promise<readonly Enterprise[]>): MatchContext {
  let loaded: Promise<readonly Enterprise[]> | undefined;
  return { enterprises: () => (loaded ??= load()) };
}
