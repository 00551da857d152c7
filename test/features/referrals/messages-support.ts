import { referralAttachments } from '../../../db/schema/index.js';
import {
  messageReceiveEvent,
  p2pChatId,
  randomLarkId,
  type MessageReceiveInput,
} from '../../../src/lark/payloads.js';
import type { FakeLark } from '../../support/fake-lark.js';
import { postSignedEvent, type Bot } from '../../support/harness.js';
import type { Json } from './helpers.js';

type Extra = Partial<Omit<MessageReceiveInput, 'openId' | 'token' | 'appId'>>;

/** Pushes a message of any kind from `openId` (p2p unless told) and waits for the bot to finish with it. */
export async function push(bot: Bot, openId: string, extra: Extra, fake?: FakeLark): Promise<string> {
  const messageId = extra.messageId ?? randomLarkId('om');
  const payload = messageReceiveEvent({
    openId,
    chatType: 'p2p',
    chatId: p2pChatId(openId),
    text: '',
    token: bot.config.lark.verificationToken ?? '',
    appId: bot.config.lark.appId ?? 'cli_local',
    ...extra,
    messageId,
  });
  fake?.recordPushed(payload);
  const res = await postSignedEvent(bot.url, payload, bot.config.lark.encryptKey);
  if (res.status !== 200) throw new Error(`event refused: ${res.status}`);
  await bot.settle();
  return messageId;
}

/** A rich-text message: one paragraph per line of `text`, then the given extra paragraphs. */
export function post(text: string, extra: Json[][] = [], locale?: string): Extra['typed'] {
  const body = {
    title: '',
    content: [...text.split('\n').map((line) => [{ tag: 'text', text: line }]), ...extra],
  };
  return { messageType: 'post', content: locale ? { [locale]: body } : body };
}

export const image = (key: string): Extra['typed'] => ({ messageType: 'image', content: { image_key: key } });

/** Bytes that look like a PNG, `size` long. */
export function pngBytes(size: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(size, seed);
  Buffer.from([0x89, 0x50, 0x4e, 0x47]).copy(bytes);
  return bytes;
}

export function attachmentRows(bot: Bot) {
  return bot.store.db.select().from(referralAttachments);
}
