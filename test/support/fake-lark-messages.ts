// The fake Lark's messages: send, reply, patch, buzz and card updates, with the platform's checks
// (people it will not deliver to, rate limits, the patch window, recalled cards, card rules).
import { DEFAULT_TENANT_KEY, p2pChatId, randomLarkId } from '../../src/lark/payloads.js';
import {
  cardRefusal,
  fail,
  invalidField,
  invalidParam,
  isRecord,
  isStringList,
  ok,
  parseContent,
  PERSON_REFUSALS,
  type Reply,
} from './fake-lark-content.js';
import { overLimit, type RateLimiter } from './fake-lark-limits.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeMessage {
  messageId: string;
  chatId: string;
  /** Absent on replies, which go to the parent's chat. */
  receiveId?: string;
  receiveIdType?: string;
  msgType: string;
  /** The current content, after any patch or card update. */
  content: string;
  uuid?: string;
  parentId?: string;
  rootId?: string;
  /** A reply sent with `reply_in_thread: true`. */
  inThread?: boolean;
  createTime: string;
  updateTime: string;
  urgentTo: string[];
}

const RECEIVE_ID_TYPES = ['open_id', 'user_id', 'union_id', 'email', 'chat_id'];
export const USER_ID_TYPES = ['open_id', 'user_id', 'union_id'] as const;
export type UserIdType = (typeof USER_ID_TYPES)[number];
const UUID_WINDOW_MS = 60 * 60 * 1000;
/** Cards take updates for 14 days after they were sent. */
const PATCH_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

export interface MessageState {
  appId: string;
  clock: () => number;
  limiter: RateLimiter;
  messages: FakeMessage[];
  byId: Map<string, FakeMessage>;
  byUuid: Map<string, { message: FakeMessage; at: number }>;
  pushedChats: Map<string, string>;
  cardTokens: Map<string, string>;
  cardUpdates: { token: string; card: unknown }[];
  /** People the platform will not deliver to, by open_id and by their one-to-one chat. */
  unreachable: Map<string, number>;
  recalled: Set<string>;
  /** Whether a file message names a file the app uploaded (im/v1/files). */
  knowsFile?: (msgType: string, content: string) => boolean;
}

interface MessageRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  b: Record<string, unknown>;
  uuid: { uuid?: string };
}

/** The message routes; undefined for a path that is not one of them. */
export function messageRoutes(state: MessageState): (req: MessageRequest) => Reply | undefined {
  const { appId, clock, limiter, messages, byId, byUuid, pushedChats, cardTokens, cardUpdates } = state;
  const { unreachable, recalled } = state;

  const view = (m: FakeMessage) => ({
    message_id: m.messageId,
    ...(m.rootId ? { root_id: m.rootId, parent_id: m.parentId } : {}),
    msg_type: m.msgType,
    create_time: m.createTime,
    update_time: m.updateTime,
    chat_id: m.chatId,
    sender: { id: appId, id_type: 'app_id', sender_type: 'app', tenant_key: DEFAULT_TENANT_KEY },
    body: { content: m.content },
  });

  /** The rate limits, checked once a request is otherwise acceptable. */
  const limited = (api: string, target?: string) => overLimit(limiter, api, target);

  type NewMessage = Omit<FakeMessage, 'messageId' | 'createTime' | 'updateTime' | 'urgentTo'>;
  const send = (api: string, fields: NewMessage): Reply => {
    if (state.knowsFile && !state.knowsFile(fields.msgType, fields.content))
      return invalidParam('invalid file_key');
    const previous = fields.uuid ? byUuid.get(fields.uuid) : undefined;
    if (previous && clock() - previous.at < UUID_WINDOW_MS) return ok(view(previous.message));
    const refusal = unreachable.get(fields.chatId);
    if (refusal) return fail(400, refusal, PERSON_REFUSALS[refusal] ?? 'refused');
    const over = limited(api, fields.chatId);
    if (over) return over;
    const now = String(clock());
    const stamps = { messageId: randomLarkId('om'), createTime: now, updateTime: now };
    const message: FakeMessage = { ...fields, ...stamps, urgentTo: [] };
    messages.push(message);
    byId.set(message.messageId, message);
    if (fields.uuid) byUuid.set(fields.uuid, { message, at: clock() });
    return ok(view(message));
  };

  const findOwn = (messageId: string): FakeMessage | Reply =>
    byId.get(messageId) ??
    (pushedChats.has(messageId)
      ? fail(400, 230012, 'Bot is NOT the sender of the message.')
      : invalidParam('invalid message_id'));

  /** A card replacing `target`'s: only a 2.0 card for a 2.0 card, within 14 days, not recalled. */
  const updatable = (target: FakeMessage, card: unknown): Reply | undefined => {
    if (recalled.has(target.messageId)) return fail(400, 230011, 'The message was recalled.');
    if (clock() - Number(target.createTime) > PATCH_WINDOW_MS)
      return fail(400, 230031, 'The message has exceeded the time limit for updates.');
    const before = JSON.parse(target.content) as Record<string, unknown>;
    if (before.schema === '2.0' && isRecord(card) && card.schema !== '2.0')
      return fail(
        400,
        230099,
        'Failed to create card content, ext=ErrCode: 200830; ErrMsg: cannot update a 2.0 card to 1.0;',
      );
    return cardRefusal(card);
  };

  return ({ method, path, query, b, uuid }) => {
    const post = method === 'POST';
    const [, id, action] = /^\/open-apis\/im\/v1\/messages(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path) ?? [];
    if (post && path === '/open-apis/im/v1/messages') {
      const [type, to] = [query.receive_id_type ?? '', b.receive_id];
      if (!RECEIVE_ID_TYPES.includes(type) || typeof to !== 'string' || !to) return invalidField();
      if (type === 'open_id' && !/^ou_\w+$/.test(to)) return fail(400, 230034, PERSON_REFUSALS[230034]!);
      const parsed = parseContent(b.msg_type, b.content);
      if ('status' in parsed) return parsed;
      const chatId = type === 'chat_id' ? to : p2pChatId(to);
      const { msgType, content } = parsed;
      return send('create', { chatId, receiveId: to, receiveIdType: type, msgType, content, ...uuid });
    }
    if (post && id && action === 'reply') {
      const parent = byId.get(id);
      const chatId = parent?.chatId ?? pushedChats.get(id);
      if (!chatId) return invalidParam('invalid message_id');
      const parsed = parseContent(b.msg_type, b.content);
      if ('status' in parsed) return parsed;
      const { msgType, content } = parsed;
      const inThread = b.reply_in_thread === true ? { inThread: true } : {};
      const ids = { parentId: id, rootId: parent?.rootId ?? id };
      return send('reply', { chatId, msgType, content, ...ids, ...uuid, ...inThread });
    }
    if (method === 'PATCH' && id && !action) {
      const found = findOwn(id);
      if (!('messageId' in found)) return found;
      if (found.msgType !== 'interactive') return invalidParam('only card messages can be updated');
      const parsed = parseContent('interactive', b.content);
      if ('status' in parsed) return parsed;
      const refused = updatable(found, parsed.card) ?? limited('patch', found.messageId);
      if (refused) return refused;
      Object.assign(found, { content: parsed.content, updateTime: String(clock()) });
      return ok();
    }
    if (method === 'PATCH' && id && action === 'urgent_app') {
      const type = query.user_id_type as UserIdType;
      const list = b.user_id_list;
      if (!USER_ID_TYPES.includes(type) || !isStringList(list) || list.length === 0) return invalidField();
      const found = findOwn(id);
      if (!('messageId' in found)) return found;
      const over = limited('urgent_app');
      if (over) return over;
      const prefix = { open_id: 'ou_', union_id: 'on_', user_id: '' }[type];
      const invalid = list.filter(
        (u) => !u.startsWith(prefix) || u.length <= prefix.length || unreachable.has(u),
      );
      found.urgentTo.push(...list.filter((u) => !invalid.includes(u)));
      return ok({ invalid_user_id_list: invalid });
    }
    if (post && path === '/open-apis/interactive/v1/card/update') {
      const cardToken = b.token;
      if (typeof cardToken !== 'string' || !cardToken.startsWith('c-') || !isRecord(b.card))
        return invalidField();
      const target = byId.get(cardTokens.get(cardToken) ?? '');
      const refused = target ? updatable(target, b.card) : cardRefusal(b.card);
      if (refused) return refused;
      cardUpdates.push({ token: cardToken, card: b.card });
      if (target) Object.assign(target, { content: JSON.stringify(b.card), updateTime: String(clock()) });
      return ok();
    }
    return undefined;
  };
}
