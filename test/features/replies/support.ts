import { randomLarkId } from '../../../src/lark/payloads.js';
import type { FakeLark, FakeMessage } from '../../support/fake-lark.js';
import type { Bot } from '../../support/harness.js';
import { buttonLabels, buttonValue, cardText, cardTitle } from '../approvals/support.js';

export const content = (m: FakeMessage) => JSON.parse(m.content) as Record<string, unknown>;

/** Text of a message the fake holds: the text itself, or everything a card says. */
export function textOf(m: FakeMessage): string {
  const c = content(m);
  return m.msgType === 'text' ? String(c.text) : `${cardTitle(c)}\n${cardText(c)}`;
}

/** A conversation with the bot through the fake Lark: typed messages, replies to cards, the answers. */
export function chat(bot: Bot, fake: FakeLark) {
  /** What the bot answered to one message of a person's, oldest first. */
  const answersTo = (messageId: string) => fake.messages.filter((m) => m.parentId === messageId);

  /** Sends `text` (as a reply to `parent` when given) and waits for the bot's answers to it. */
  async function say(openId: string, text: string, parent?: FakeMessage): Promise<FakeMessage[]> {
    const messageId = randomLarkId('om');
    await bot.sendText(openId, text, { messageId, ...(parent ? { parentId: parent.messageId } : {}) });
    await bot.settle();
    await fake.waitFor(() => answersTo(messageId).length > 0);
    await bot.settle();
    return answersTo(messageId);
  }

  /** The cards a person holds that mention `id`, oldest first. */
  const cardsFor = (openId: string, id: string) =>
    fake.sentTo(openId).filter((m) => m.msgType === 'interactive' && m.content.includes(id));

  async function firstCard(openId: string, id: string): Promise<FakeMessage> {
    await bot.settle();
    return fake.waitFor(() => cardsFor(openId, id)[0]);
  }

  /** Presses the button `label` on a card of the fake's, with the form as filled in. */
  async function press(openId: string, card: FakeMessage, label: string, formValue = {}) {
    const answer = await bot.click(openId, buttonValue(content(card), label), {
      openMessageId: card.messageId,
      formValue,
    });
    await bot.settle();
    return answer;
  }

  return { say, answersTo, cardsFor, firstCard, press };
}

/** No answer is a policy answer card. */
export function noPolicyAnswer(answers: FakeMessage[]): boolean {
  return answers.every((m) => !(m.msgType === 'interactive' && cardTitle(content(m)).includes('政策问答')));
}

export { buttonLabels };
