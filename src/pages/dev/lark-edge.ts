// The simulator plays Lark: it builds the events Lark would push, encrypts and signs them with the
// configured keys, and POSTs them to this server's own /lark/events — the edge production uses.
import type { Config } from '../../config.js';
import { cardActionEvent, messageReceiveEvent, p2pChatId } from '../../lark/payloads.js';
import { signedRequest } from '../../lark/signing.js';

/** The app id a local run stamps on its events when no Lark app is configured. */
const LOCAL_APP_ID = 'cli_local';

function credentials(config: Config) {
  return { token: config.lark.verificationToken ?? '', appId: config.lark.appId ?? LOCAL_APP_ID };
}

async function post(origin: string, config: Config, payload: unknown): Promise<Response> {
  const req = signedRequest({ body: payload, encryptKey: config.lark.encryptKey });
  return fetch(`${origin}/lark/events`, { method: 'POST', headers: req.headers, body: req.body });
}

/** A person types `text` in their one-to-one chat with the bot, or in reply to one of its messages. */
export function sendText(
  origin: string,
  config: Config,
  openId: string,
  text: string,
  reply?: { parentId: string; rootId: string },
): Promise<Response> {
  return post(
    origin,
    config,
    messageReceiveEvent({
      openId,
      text,
      chatType: 'p2p',
      chatId: p2pChatId(openId),
      ...reply,
      ...credentials(config),
    }),
  );
}

/** A person sends a file (message type `file`) in their one-to-one chat; its bytes are kept beforehand. */
export function sendFile(
  origin: string,
  config: Config,
  file: { openId: string; messageId: string; key: string; fileName: string },
): Promise<Response> {
  return post(
    origin,
    config,
    messageReceiveEvent({
      openId: file.openId,
      messageId: file.messageId,
      text: '',
      typed: { messageType: 'file', content: { file_key: file.key, file_name: file.fileName } },
      chatType: 'p2p',
      chatId: p2pChatId(file.openId),
      ...credentials(config),
    }),
  );
}

export interface Click {
  openId: string;
  messageId: string;
  value: Record<string, unknown>;
  /** Present for a form submit: Lark sends the submit button's name and every field by its name. */
  formValue?: Record<string, unknown>;
  name?: string;
}

/** A person presses a button on a card: Lark's `card.action.trigger`, answered synchronously. */
export function clickCard(origin: string, config: Config, click: Click): Promise<Response> {
  return post(
    origin,
    config,
    cardActionEvent({
      openId: click.openId,
      value: click.value,
      ...(click.formValue ? { formValue: click.formValue } : {}),
      ...(click.name ? { name: click.name } : {}),
      openMessageId: click.messageId,
      openChatId: p2pChatId(click.openId),
      ...credentials(config),
    }),
  );
}
