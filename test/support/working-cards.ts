// What a person holds in Lark for one open action: the cards whose buttons name it, and whether Lark
// still takes clicks on them. Tests with a moving clock check that there is always exactly one.
import { expect } from 'vitest';
import { startFakeLark, type FakeLark, type FakeMessage } from './fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from './harness.js';

type Json = Record<string, unknown>;

function buttonValues(node: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => buttonValues(n, found));
  else if (typeof node === 'object' && node !== null) {
    const n = node as Json;
    const value = (n.behaviors as { value?: Json }[] | undefined)?.[0]?.value;
    if (n.tag === 'button' && value) found.push(value);
    Object.values(n).forEach((child) => buttonValues(child, found));
  }
  return found;
}

export const contentOf = (m: FakeMessage): Json => JSON.parse(m.content) as Json;

/** Cards a person was sent that, as they stand now, carry a button for `action` on `id`. */
export function cardsWithAction(fake: FakeLark, openId: string, action: string, id: string): FakeMessage[] {
  return fake
    .sentTo(openId)
    .filter(
      (m) =>
        m.msgType === 'interactive' &&
        buttonValues(contentOf(m)).some((v) => v.action === action && v.id === id),
    );
}

/** The one card with the action, which Lark still takes clicks on; fails when there are none or several. */
export function workingCard(fake: FakeLark, openId: string, action: string, id: string): FakeMessage {
  const cards = cardsWithAction(fake, openId, action, id);
  expect(
    cards.map((m) => fake.cards.takesClicks(m)),
    `${openId} ${action} ${id}`,
  ).toEqual([true]);
  return cards[0]!;
}

/** The callback value of the card's button for `action` (the first, or the one with `label`). */
export function actionValue(m: FakeMessage, action: string, label?: string): Json {
  const content = contentOf(m);
  const values: { value: Json; label: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const n = node as Json;
      const value = (n.behaviors as { value?: Json }[] | undefined)?.[0]?.value;
      if (n.tag === 'button' && value) values.push({ value, label: String((n.text as Json).content) });
      Object.values(n).forEach(walk);
    }
  };
  walk(content);
  const hit = values.find((v) => v.value.action === action && (!label || v.label === label));
  if (!hit) throw new Error(`no ${action} ${label ?? ''} button on ${m.messageId}`);
  return hit.value;
}

/**
 * Clicks a card as Lark would deliver it: refused (thrown) when Lark no longer takes clicks on it; on
 * success the answer's card replaces the clicked one, as the client shows it.
 */
export async function clickCard(
  bot: Bot,
  fake: FakeLark,
  openId: string,
  m: FakeMessage,
  value: Json,
  formValue?: Json,
): Promise<Json> {
  if (!fake.cards.takesClicks(m)) throw new Error(`Lark takes no clicks on ${m.messageId} any more`);
  const answer = await bot.click(openId, value, {
    openMessageId: m.messageId,
    ...(formValue ? { formValue } : {}),
  });
  const card = (answer.card as { data?: Json } | undefined)?.data;
  if (card) m.content = JSON.stringify(card);
  return answer;
}

/** A bot and a fake Lark that read one clock, which the test moves (`clock.now`, ms). */
export async function startClockedBot(start: number) {
  const clock = { now: start };
  const fake = await startFakeLark({
    appId: TEST_KEYS.appId,
    appSecret: TEST_KEYS.appSecret,
    clock: () => clock.now,
  });
  const bot = await startBot({ fakeLark: fake, now: () => new Date(clock.now) });
  const close = async () => {
    await bot.close();
    await fake.close();
  };
  return { clock, fake, bot, close };
}
