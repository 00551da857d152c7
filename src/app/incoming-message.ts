import type { IncomingMessage } from './message-context.js';

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
    mentions?: { key?: string; name?: string }[];
  };
}

export type ParsedMessage = { kind: 'text'; msg: IncomingMessage } | { kind: 'ignored'; reason: string };

/** Text in a p2p chat, or in a group only when someone (the bot) is @-mentioned. */
export function parseIncomingMessage(eventId: string, data: MessageReceiveData): ParsedMessage {
  const m = data.message;
  const openId = data.sender?.sender_id?.open_id;
  if (!m?.message_id || !openId) return { kind: 'ignored', reason: 'missing ids' };
  if (data.sender?.sender_type && data.sender.sender_type !== 'user')
    return { kind: 'ignored', reason: 'not a user' };
  const chatType = m.chat_type === 'group' ? 'group' : 'p2p';
  if (chatType === 'group' && !(m.mentions?.length ?? 0))
    return { kind: 'ignored', reason: 'group without mention' };
  let raw = '';
  if (m.message_type === 'text') {
    try {
      raw = String((JSON.parse(m.content ?? '{}') as { text?: unknown }).text ?? '');
    } catch {
      return { kind: 'ignored', reason: 'bad content' };
    }
  }
  const text = stripMentions(raw, m.mentions ?? []);
  return {
    kind: 'text',
    msg: {
      eventId,
      messageId: m.message_id,
      chatId: m.chat_id ?? '',
      chatType,
      openId,
      text,
      ...replyIds(m),
    },
  };
}

export function stripMentions(text: string, mentions: { key?: string; name?: string }[]): string {
  let out = text;
  for (const mention of mentions) if (mention.key) out = out.split(mention.key).join(' ');
  return out
    .replace(/@_user_\d+|@_all/g, ' ')
    .replace(/^\s*@执法助手/, ' ')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** A reply's parent, root and thread ids, those the event carries. */
function replyIds(m: NonNullable<MessageReceiveData['message']>): Partial<IncomingMessage> {
  return {
    ...(m.parent_id ? { parentId: m.parent_id } : {}),
    ...(m.root_id ? { rootId: m.root_id } : {}),
    ...(m.thread_id ? { threadId: m.thread_id } : {}),
  };
}
