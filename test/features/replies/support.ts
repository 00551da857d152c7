import { randomLarkId } from '../../../src/lark/payloads.js';
import { afterAll, beforeAll } from 'vitest';
import { startFakeLark, type FakeLark, type FakeMessage } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { buttonLabels, buttonValue, cardText, cardTitle, TODAY_10AM } from '../approvals/support.js';

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

export type Chat = ReturnType<typeof chat>;

/** A bot talking to the fake Lark for the whole file, there from its first test to its last. */
export function chatForFile(): { bot: Bot; fake: FakeLark; c: Chat } {
  const file = {} as { bot: Bot; fake: FakeLark; c: Chat };
  beforeAll(async () => {
    file.fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
    file.bot = await startBot({ fakeLark: file.fake, now: () => TODAY_10AM });
    file.c = chat(file.bot, file.fake);
  });
  afterAll(async () => {
    await file.bot?.close();
    await file.fake?.close();
  });
  return file;
}
