// Builders for the v2 (schema "2.0") envelopes Lark pushes, shaped as documented, so the local
// chat simulator and the tests feed the webhook exactly what production receives.
import { createHash, randomBytes } from 'node:crypto';

/** The tenant in Lark's own documentation examples; any fixed key works for a single-tenant bot. */
export const DEFAULT_TENANT_KEY = '736588c9260f175e';

export type LarkIdPrefix = 'om' | 'oc' | 'ou' | 'on';

/** A random id in Lark's format: prefix, underscore, 32 lowercase hex digits. */
export function randomLarkId(prefix: LarkIdPrefix): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}

function randomEventId(): string {
  return randomBytes(16).toString('hex');
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface UserIdentity {
  open_id: string;
  union_id: string;
  user_id: string;
}

/**
 * Stable union_id/user_id for an open_id: one person must look the same in every event and in the
 * fake contact API, and nothing else in a test knows those ids.
 */
export function identityFor(openId: string): UserIdentity {
  const hash = digest(openId);
  return { open_id: openId, union_id: `on_${hash.slice(0, 32)}`, user_id: hash.slice(32, 40) };
}

/** The bot's one-to-one chat with a user: the same chat id every time, as on the platform. */
export function p2pChatId(openId: string): string {
  return `oc_${digest(`p2p:${openId}`).slice(0, 32)}`;
}

export interface EventHeader {
  event_id: string;
  event_type: string;
  create_time: string;
  token: string;
  app_id: string;
  tenant_key: string;
}

export interface LarkEnvelope<E> {
  schema: '2.0';
  header: EventHeader;
  event: E;
}

export interface MessageMention {
  key: string;
  id: UserIdentity;
  name: string;
  tenant_key: string;
}

export interface MessageReceiveEvent {
  sender: { sender_id: UserIdentity; sender_type: 'user'; tenant_key: string };
  message: {
    message_id: string;
    /** On a reply, or a message in a thread (docs/lark-platform.md §2). */
    root_id?: string;
    parent_id?: string;
    thread_id?: string;
    create_time: string;
    chat_id: string;
    chat_type: 'p2p' | 'group';
    message_type: string;
    content: string;
    mentions?: MessageMention[];
  };
}

export interface MessageReceiveInput {
  eventId?: string;
  messageId?: string;
  openId: string;
  chatId?: string;
  chatType: 'p2p' | 'group';
  /** Mentions already appear in the text as their keys (`@_user_1`), as the platform sends them. */
  text: string;
  /** Another kind of message (`post`, `image`, `file`, `sticker`…) with its content; `text` is then unused. */
  typed?: { messageType: string; content: Record<string, unknown> };
  mentions?: { key: string; name: string; openId: string }[];
  /** A reply: the message answered, and the first message of the chain (the parent when absent). */
  parentId?: string;
  rootId?: string;
  threadId?: string;
  token: string;
  appId: string;
  tenantKey?: string;
  createTime?: Date;
}

function header(
  eventType: string,
  input: { eventId?: string; token: string; appId: string },
  tenantKey: string,
  createTime: string,
): EventHeader {
  return {
    event_id: input.eventId ?? randomEventId(),
    event_type: eventType,
    create_time: createTime,
    token: input.token,
    app_id: input.appId,
    tenant_key: tenantKey,
  };
}

export function messageReceiveEvent(input: MessageReceiveInput): LarkEnvelope<MessageReceiveEvent> {
  const tenantKey = input.tenantKey ?? DEFAULT_TENANT_KEY;
  const createTime = String((input.createTime ?? new Date()).getTime());
  const chatId = input.chatId ?? (input.chatType === 'p2p' ? p2pChatId(input.openId) : randomLarkId('oc'));
  const message: MessageReceiveEvent['message'] = {
    message_id: input.messageId ?? randomLarkId('om'),
    create_time: createTime,
    chat_id: chatId,
    chat_type: input.chatType,
    message_type: input.typed?.messageType ?? 'text',
    content: JSON.stringify(input.typed?.content ?? { text: input.text }),
    ...(input.parentId ? { parent_id: input.parentId, root_id: input.rootId ?? input.parentId } : {}),
    ...(input.threadId ? { thread_id: input.threadId } : {}),
  };
  if (input.mentions) {
    message.mentions = input.mentions.map((m) => ({
      key: m.key,
      id: identityFor(m.openId),
      name: m.name,
      tenant_key: tenantKey,
    }));
  }
  return {
    schema: '2.0',
    header: header('im.message.receive_v1', input, tenantKey, createTime),
    event: {
      sender: { sender_id: identityFor(input.openId), sender_type: 'user', tenant_key: tenantKey },
      message,
    },
  };
}

export interface CardActionEvent {
  operator: UserIdentity & { tenant_key: string };
  /** The callback token for a delayed update through /interactive/v1/card/update. */
  token: string;
  action: {
    value: Record<string, unknown>;
    tag: string;
    name?: string;
    form_value?: Record<string, unknown>;
  };
  host: 'im_message';
  context: { open_message_id: string; open_chat_id: string };
}

export interface CardActionInput {
  eventId?: string;
  openId: string;
  token: string;
  appId: string;
  tenantKey?: string;
  value: Record<string, unknown>;
  formValue?: Record<string, unknown>;
  /** Defaults to `button`: a form submit is a button with `form_value` too. */
  tag?: string;
  name?: string;
  callbackToken?: string;
  openMessageId: string;
  openChatId: string;
  createTime?: Date;
}

export function cardActionEvent(input: CardActionInput): LarkEnvelope<CardActionEvent> {
  const tenantKey = input.tenantKey ?? DEFAULT_TENANT_KEY;
  const action: CardActionEvent['action'] = { value: input.value, tag: input.tag ?? 'button' };
  if (input.name !== undefined) action.name = input.name;
  if (input.formValue !== undefined) action.form_value = input.formValue;
  return {
    schema: '2.0',
    header: header(
      'card.action.trigger',
      input,
      tenantKey,
      String((input.createTime ?? new Date()).getTime()),
    ),
    event: {
      operator: { ...identityFor(input.openId), tenant_key: tenantKey },
      token: input.callbackToken ?? `c-${randomBytes(20).toString('hex')}`,
      action,
      host: 'im_message',
      context: { open_message_id: input.openMessageId, open_chat_id: input.openChatId },
    },
  };
}

export interface UrlVerification {
  challenge: string;
  token: string;
  type: 'url_verification';
}

/** A contact change (`contact.user.updated_v3` and the like) as Lark pushes it; the bot reads only its type. */
export function contactEvent(input: {
  eventType: string;
  object: Record<string, unknown>;
  token: string;
  appId: string;
}): LarkEnvelope<{ object: Record<string, unknown> }> {
  return {
    schema: '2.0',
    header: header(input.eventType, input, DEFAULT_TENANT_KEY, String(Date.now())),
    event: { object: input.object },
  };
}

export function urlVerification(input: { challenge: string; token: string }): UrlVerification {
  return { challenge: input.challenge, token: input.token, type: 'url_verification' };
}
