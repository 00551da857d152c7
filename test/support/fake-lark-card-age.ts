// The fake Lark's sense of a card's age for clicks: Lark delivers clicks on a 2.0 card for 14 days
// after it was sent, and none on a recalled one (docs/lark-platform.md §4, §9.2). Patches past the
// window or of a recalled card are refused in fake-lark-messages.ts.
import type { FakeMessage } from './fake-lark.js';

export const CARD_LIFETIME_MS = 14 * 86_400_000;

/** `now` is the fake's clock (the bot's, in tests that move time), so a card's age follows the test. */
export function cardAge(now: () => number, recalled: Set<string>) {
  return {
    /** Recalls a message, as its sender could in the client. */
    recall(messageId: string): void {
      recalled.add(messageId);
    },
    /** Whether a click on this card still reaches the bot. */
    takesClicks(m: FakeMessage): boolean {
      const age = now() - Number(m.createTime);
      return m.msgType === 'interactive' && !recalled.has(m.messageId) && age <= CARD_LIFETIME_MS;
    },
  };
}
