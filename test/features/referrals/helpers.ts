import { asc, count, eq, sql } from 'drizzle-orm';
import { localMessages, referralDrafts } from '../../../db/schema/index.js';
import { afterAll, beforeAll } from 'vitest';
import { startFakeLark, type FakeLark, type FakeMessage } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';

export type Json = Record<string, unknown>;

export interface Sent {
  messageId: string;
  msgType: string;
  replyTo: string | null;
  content: Json;
}

/** What the bot sent a person in local mode, oldest first, as it stands after any patch. */
export async function sentTo(bot: Bot, openId: string): Promise<Sent[]> {
  const rows = await bot.store.db
    .select()
    .from(localMessages)
    .where(eq(localMessages.openId, openId))
    .orderBy(asc(sql`rowid`));
  return rows.map((r) => ({
    messageId: r.messageId,
    msgType: r.msgType,
    replyTo: r.replyTo,
    content: JSON.parse(r.content) as Json,
  }));
}

export async function cardsTo(bot: Bot, openId: string): Promise<Sent[]> {
  return (await sentTo(bot, openId)).filter((m) => m.msgType === 'interactive');
}

export async function lastCard(bot: Bot, openId: string): Promise<Sent> {
  const card = (await cardsTo(bot, openId)).at(-1);
  if (!card) throw new Error(`no card sent to ${openId}`);
  return card;
}

export async function textsTo(bot: Bot, openId: string): Promise<string[]> {
  return (await sentTo(bot, openId)).filter((m) => m.msgType === 'text').map((m) => String(m.content.text));
}

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Json);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** Every text shown on a card, joined and with markdown escapes undone: what a person reads. */
export function cardText(card: Json): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (typeof n.content === 'string' && (n.tag === 'markdown' || n.tag === 'plain_text'))
      parts.push(n.content);
  });
  return parts
    .join('\n')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

export function cardTitle(card: Json): string {
  return String(((card.header as Json).title as Json).content);
}

/** The callback value of the button whose value names `action`. */
export function buttonValue(card: Json, action: string): Json {
  let found: Json | undefined;
  walk(card, (n) => {
    const behaviors = n.behaviors as { value?: Json }[] | undefined;
    const value = behaviors?.[0]?.value;
    if (n.tag === 'button' && value?.action === action) found ??= value;
  });
  if (!found) throw new Error(`no ${action} button on the card`);
  return found;
}

export function hasButton(card: Json, action: string): boolean {
  try {
    buttonValue(card, action);
    return true;
  } catch {
    return false;
  }
}

/** The form boxes by name with what Lark would submit untouched: their pre-filled values. */
export function formDefaults(card: Json): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  walk(card, (n) => {
    if (typeof n.name !== 'string' || n.tag === 'button' || n.tag === 'form') return;
    values[n.name] = n.default_value ?? n.initial_option ?? n.selected_values ?? n.initial_date ?? '';
  });
  return values;
}

export function formFieldNames(card: Json): string[] {
  return Object.keys(formDefaults(card));
}

/** Options of a select on the card, value → label. */
export function selectOptions(card: Json, name: string): Record<string, string> {
  const options: Record<string, string> = {};
  walk(card, (n) => {
    if (n.name !== name || !Array.isArray(n.options)) return;
    for (const o of n.options as { value: string; text: { content: string } }[])
      options[o.value] = o.text.content;
  });
  return options;
}

/** Submits a card's form as Lark does: every box with its value, `changes` typed over the defaults. */
export function submit(
  bot: Bot,
  openId: string,
  card: Json,
  action: string,
  changes: Record<string, unknown> = {},
  opts: { eventId?: string } = {},
): Promise<Json> {
  return bot.click(openId, buttonValue(card, action), {
    formValue: { ...formDefaults(card), ...changes },
    ...opts,
  });
}

/** The card in a callback answer: the one that replaces the card clicked. */
export function answerCard(answer: Json): Json {
  const card = answer.card as { data?: Json } | undefined;
  if (!card?.data) throw new Error(`no card in the answer: ${JSON.stringify(answer)}`);
  return card.data;
}

export function toast(answer: Json): { type: string; content: string } | undefined {
  return answer.toast as { type: string; content: string } | undefined;
}

/** Sends a message and waits until the bot has answered it. */
export async function say(
  bot: Bot,
  openId: string,
  text: string,
  chatType: 'p2p' | 'group' = 'p2p',
): Promise<void> {
  const res = await bot.sendText(openId, text, { chatType });
  if (res.status !== 200) throw new Error(`event refused: ${res.status}`);
  await bot.settle();
}

export async function draftCount(bot: Bot): Promise<number> {
  const [row] = await bot.store.db.select({ n: count() }).from(referralDrafts);
  return row?.n ?? 0;
}

/** Sends a message the referral intent should take, and returns the confirmation card it answered with. */
export async function confirmationFor(
  bot: Bot,
  openId: string,
  text: string,
  chatType: 'p2p' | 'group' = 'p2p',
): Promise<Json> {
  const before = await draftCount(bot);
  await say(bot, openId, text, chatType);
  if ((await draftCount(bot)) !== before + 1) throw new Error(`no draft for: ${text}`);
  return (await lastCard(bot, openId)).content;
}

/** A bot against the fake Lark for the tests of the enclosing block; the fields are set before they run. */
export function useFakeLark(): { fake: FakeLark; bot: Bot } {
  const env = {} as { fake: FakeLark; bot: Bot };
  beforeAll(async () => {
    env.fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
    env.bot = await startBot({ fakeLark: env.fake });
  });
  afterAll(async () => {
    await env.bot.close();
    await env.fake.close();
  });
  return env;
}

/** The cards the fake Lark holds in a person's chat with the bot, replies included, oldest first. */
export function fakeCards(fake: FakeLark, openId: string): FakeMessage[] {
  return fake.sentTo(openId).filter((m) => m.msgType === 'interactive');
}
