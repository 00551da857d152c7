// The fake Lark's sense of a card's age: Lark takes clicks on a 2.0 card, and patches to it, for 14
// days after it was sent; a recalled message refuses patches too (docs/lark-platform.md §4, §9.2).
import type { FakeMessage } from './fake-lark.js';

export const CARD_LIFETIME_MS = 14 * 86_400_000;

export interface Refusal {
  status: number;
  code: number;
  msg: string;
}

export const TOO_OLD: Refusal = {
  status: 400,
  code: 230031,
  msg: 'Message has expired when updating message, ext=Message can only be updated within fourteen days.',
};
export const RECALLED: Refusal = { status: 400, code: 230011, msg: 'The message was withdrawn.' };

/** `now` is the fake's clock (the bot's, in tests that move time), so a card's age follows the test. */
export function cardAge(now: () => number) {
  const recalled = new Set<string>();
  const age = (m: FakeMessage) => now() - Number(m.createTime);
  return {
    /** Recalls a message, as its sender could in the client. */
    recall(messageId: string): void {
      recalled.add(messageId);
    },
    /** The refusal Lark gives a patch of this message, if it gives one. */
    patchRefusal(m: FakeMessage): Refusal | undefined {
      if (recalled.has(m.messageId)) return RECALLED;
      return age(m) > CARD_LIFETIME_MS ? TOO_OLD : undefined;
    },
    /** Whether a click on this card still reaches the bot. */
    takesClicks(m: FakeMessage): boolean {
      return m.msgType === 'interactive' && !recalled.has(m.messageId) && age(m) <= CARD_LIFETIME_MS;
    },
    reset(): void {
      recalled.clear();
    },
  };
}
