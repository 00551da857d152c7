import type { IncomingMessage } from './message-context.js';
import { readMessageContent, type Mention } from './message-content.js';

/** The flattened `im.message.receive_v1` data the SDK hands to handlers (docs/lark-platform.md §2). */
export interface MessageReceiveData {
  event_id?: string;
  sender?: { sender_id?: { open_id?: string }; sender_type?: string };
  message?: {
    message_id?: string;
    /** Set on a reply: the message answered, the first of its chain, and the topic thread. */
    parent_id?: string;
    root_id?: string;
    thread_id?: string;
    chat_id?: string;
    chat_type?: string;
    message_type?: string;
    content?: string;
    mentions?: Mention[];
  };
}

export type ParsedMessage =
  | { kind: 'text'; msg: IncomingMessage }
  /** A sticker, voice message, system message…: answered with one line in a one-to-one chat. */
  | { kind: 'unusable'; msg: IncomingMessage; messageType: string }
  | { kind: 'ignored'; reason: string };

/**
 * Any message in a p2p chat, or in a group only when someone (the bot) is @-mentioned. Its content,
 * whatever its type, is read by message-content.ts.
 */
export function parseIncomingMessage(eventId: string, data: MessageReceiveData): ParsedMessage {
  const m = data.message;
  const openId = data.sender?.sender_id?.open_id;
  if (!m?.message_id || !openId) return { kind: 'ignored', reason: 'missing ids' };
  if (data.sender?.sender_type && data.sender.sender_type !== 'user')
    return { kind: 'ignored', reason: 'not a user' };
  const chatType = m.chat_type === 'group' ? 'group' : 'p2p';
  if (chatType === 'group' && !(m.mentions?.length ?? 0))
    return { kind: 'ignored', reason: 'group without mention' };
  const content = readMessageContent(m.message_type, m.content, m.mentions ?? []);
  if (content.kind === 'malformed') return { kind: 'ignored', reason: 'bad content' };
  const msg: IncomingMessage = {
    eventId,
    messageId: m.message_id,
    chatId: m.chat_id ?? '',
    chatType,
    openId,
    text: content.kind === 'readable' ? content.text : '',
    resources: content.kind === 'readable' ? content.resources : [],
    ...replyIds(m),
  };
  if (content.kind === 'unusable') return { kind: 'unusable', msg, messageType: content.messageType };
  return { kind: 'text', msg };
}

/** A reply's parent, root and thread ids, those the event carries. */
function replyIds(m: NonNullable<MessageReceiveData['message']>): Partial<IncomingMessage> {
  return {
    ...(m.parent_id ? { parentId: m.parent_id } : {}),
    ...(m.root_id ? { rootId: m.root_id } : {}),
    ...(m.thread_id ? { threadId: m.thread_id } : {}),
  };
}
