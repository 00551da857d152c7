// A fake Lark OpenAPI on 127.0.0.1 that the real SDK client talks to: documented bodies and error codes,
// every request recorded, what the bot "sent" kept, failures on demand. Business errors are HTTP 400 with
// a non-zero code, as on the platform (the SDK throws); `failNext` with status 200 gives the other shape.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import {
  identityFor,
  p2pChatId,
  randomLarkId,
  DEFAULT_TENANT_KEY,
  type CardActionEvent,
  type LarkEnvelope,
  type MessageReceiveEvent,
} from '../../src/lark/payloads.js';
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
  uuidField,
  type Reply,
} from './fake-lark-content.js';
import { PLATFORM_LIMITS, RateLimiter, type RateLimits } from './fake-lark-limits.js';
import { attachLongConnection, type LongConnectionConfig } from './fake-lark-ws.js';

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
  createTime: string;
  updateTime: string;
  urgentTo: string[];
}

/** `code` is required with status 200; `resetSeconds` is the 429's x-ogw-ratelimit-reset header. */
export interface FailureSpec {
  status: number;
  code?: number;
  msg?: string;
  resetSeconds?: number;
  pathPrefix?: string;
}

export interface FakeLarkOptions {
  appId?: string;
  appSecret?: string;
  /** The contact directory batch_get_id searches: email or mobile to open_id. */
  directory?: Record<string, string>;
  /** The rate limits; the platform's by default. */
  limits?: Partial<RateLimits>;
  /** Milliseconds since the epoch, for the rate windows, uuid dedup and the 14-day patch window. */
  clock?: () => number;
  /** Scopes granted to the app (application/v6/scopes); all the bot needs by default. */
  grantedScopes?: string[];
  /** Whether the app has the bot capability (bot/v3/info answers); true by default. */
  botEnabled?: boolean;
  /** The long connection's client config, in seconds. */
  longConnection?: Partial<LongConnectionConfig>;
}

export type FakeLark = Awaited<ReturnType<typeof startFakeLark>>;

const RECEIVE_ID_TYPES = ['open_id', 'user_id', 'union_id', 'email', 'chat_id'];
const USER_ID_TYPES = ['open_id', 'user_id', 'union_id'] as const;
type UserIdType = (typeof USER_ID_TYPES)[number];
const UUID_WINDOW_MS = 60 * 60 * 1000;
/** Cards take updates for 14 days after they were sent. */
const PATCH_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
const LIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };
const TOKEN_HINT = 'access token for authorization. Please make a request with token attached.';
/** What the bot needs granted; the fake grants all of them unless told otherwise. */
export const BOT_SCOPES = [
  'im:message',
  'im:message:send_as_bot',
  'im:message.p2p_msg:readonly',
  'im:message.group_at_msg:readonly',
  'contact:user.id:readonly',
];

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req.setEncoding('utf8')) text += chunk as string;
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

export async function startFakeLark(opts: FakeLarkOptions = {}) {
  const appId = opts.appId ?? 'cli_fake0000000000';
  const appSecret = opts.appSecret ?? 'fake-app-secret';
  const clock = opts.clock ?? Date.now;
  const botOpenId = randomLarkId('ou');
  const directory = opts.directory ?? {};
  const granted = new Set(opts.grantedScopes ?? BOT_SCOPES);
  const limiter = new RateLimiter({ ...PLATFORM_LIMITS, ...opts.limits }, clock);
  // Derived, not random: the SDK caches tokens per appId process-wide, so a second fake in the same
  // test file must accept the token the first one issued. `expireToken` moves to the next one.
  let generation = 0;
  const tokenFor = (g: number) =>
    `t-${createHash('sha256')
      .update(`${appId}:${appSecret}:${g || ''}`)
      .digest('hex')
      .slice(0, 40)}`;
  const requests: RecordedRequest[] = [];
  const messages: FakeMessage[] = [];
  const cardUpdates: { token: string; card: unknown }[] = [];
  const pushedChats = new Map<string, string>();
  const cardTokens = new Map<string, string>();
  const byUuid = new Map<string, { message: FakeMessage; at: number }>();
  const byId = new Map<string, FakeMessage>(); // benchmarks hold tens of thousands of messages
  const faults: { remaining: number; spec: FailureSpec }[] = [];
  /** People the platform will not deliver to, by open_id and by their one-to-one chat. */
  const unreachable = new Map<string, number>();
  const recalled = new Set<string>();

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
  const limited = (api: string, target?: string): Reply | undefined => {
    const verdict = limiter.admit(api, target);
    if (verdict.ok) return undefined;
    if (verdict.scope === 'target')
      return fail(400, 230020, 'This operation triggers the frequency limit of the chat or message.');
    const headers = {
      'x-ogw-ratelimit-limit': String(verdict.limit),
      'x-ogw-ratelimit-reset': String(verdict.resetSeconds),
    };
    return { ...fail(429, 99991400, 'request trigger frequency limit'), headers };
  };

  type NewMessage = Omit<FakeMessage, 'messageId' | 'createTime' | 'updateTime' | 'urgentTo'>;
  const send = (api: string, fields: NewMessage): Reply => {
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

  function route({ method, path, query, body }: RecordedRequest): Reply {
    const b = isRecord(body) ? body : {};
    const uuid = uuidField(b);
    if ('status' in uuid) return uuid;
    const [, id, action] = /^\/open-apis\/im\/v1\/messages(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path) ?? [];
    const post = method === 'POST';
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
      return send('reply', { chatId, msgType, content, parentId: id, rootId: parent?.rootId ?? id, ...uuid });
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
    if (post && path === '/open-apis/contact/v3/users/batch_get_id') {
      const type = (query.user_id_type ?? 'open_id') as UserIdType;
      const [emails, mobiles] = [b.emails ?? [], b.mobiles ?? []];
      if (!USER_ID_TYPES.includes(type) || !isStringList(emails) || !isStringList(mobiles))
        return invalidField();
      if (!granted.has('contact:user.id:readonly'))
        return fail(
          400,
          99991672,
          'Access denied. One of the following scopes is required: [contact:user.id:readonly].',
        );
      const lookup = (field: 'email' | 'mobile', value: string) => {
        const openId = directory[value];
        return { ...(openId ? { user_id: identityFor(openId)[type], status: LIVE } : {}), [field]: value };
      };
      const userList = [...emails.map((e) => lookup('email', e)), ...mobiles.map((m) => lookup('mobile', m))];
      return ok({ user_list: userList });
    }
    if (method === 'GET' && path === '/open-apis/bot/v3/info') {
      if (opts.botEnabled === false) return fail(400, 10003, 'app has no bot capability');
      const bot = { open_id: botOpenId, app_name: '执法助手', activate_status: 2, ip_white_list: [] };
      return { status: 200, body: { code: 0, msg: 'ok', bot } };
    }
    if (method === 'GET' && path === '/open-apis/application/v6/scopes') {
      const names = [...new Set([...BOT_SCOPES, ...granted])];
      return ok({ scopes: names.map((n) => ({ scope_name: n, grant_status: granted.has(n) ? 1 : 2 })) });
    }
    return { status: 404, body: { code: 404, msg: '404 page not found' } };
  }

  function handle(request: RecordedRequest): Reply {
    const fault = faults.find((f) => f.remaining > 0 && request.path.startsWith(f.spec.pathPrefix ?? ''));
    if (fault) {
      fault.remaining -= 1;
      const { status, code, msg, resetSeconds = 1 } = fault.spec;
      if (status !== 429) return fail(status, code ?? status, msg ?? 'injected failure');
      const headers = { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': String(resetSeconds) };
      return { ...fail(429, code ?? 99991400, msg ?? 'request trigger frequency limit'), headers };
    }
    const b = isRecord(request.body) ? request.body : {};
    if (request.method === 'POST' && request.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      const issued = { code: 0, msg: 'ok', tenant_access_token: tokenFor(generation), expire: 7200 };
      const valid = b.app_id === appId && b.app_secret === appSecret;
      return { status: 200, body: valid ? issued : { code: 10014, msg: 'app secret invalid' } };
    }
    if (request.method === 'POST' && request.path === '/callback/ws/endpoint') {
      if (b.AppID !== appId || b.AppSecret !== appSecret)
        return { status: 200, body: { code: 403, msg: 'forbidden' } };
      return ok(longConnection.endpoint(url));
    }
    const auth = request.headers.authorization;
    if (!auth) return fail(400, 99991661, `Missing ${TOKEN_HINT}`);
    if (generation > 0 && auth === `Bearer ${tokenFor(generation - 1)}`)
      return fail(400, 99991664, 'Invalid access token for authorization. The token has expired.');
    if (auth !== `Bearer ${tokenFor(generation)}`) return fail(400, 99991663, `Invalid ${TOKEN_HINT}`);
    return route(request);
  }

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const reqUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = String(v);
      const query = Object.fromEntries(reqUrl.searchParams);
      const request = { method: req.method ?? 'GET', path: reqUrl.pathname, query, headers, body };
      requests.push(request);
      const reply = handle(request);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  const longConnection = attachLongConnection(server, {
    pingInterval: 120,
    reconnectInterval: 120,
    reconnectNonce: 30,
    reconnectCount: -1,
    ...opts.longConnection,
  });
  server.on('upgrade', (req, socket, head: Buffer) => {
    if (!longConnection.upgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    appId,
    appSecret,
    botOpenId,
    requests,
    messages,
    cardUpdates,
    longConnection,
    /** Messages in the bot's one-to-one chat with this user (sent by open_id), replies included. */
    sentTo: (openId: string) => messages.filter((m) => m.chatId === p2pChatId(openId)),
    /** Cards the fake accepted, parsed: every one passed the card rules. */
    cards: () =>
      messages.filter((m) => m.msgType === 'interactive').map((m) => JSON.parse(m.content) as unknown),
    /** Tell the fake about a pushed event, so replies to it and card updates by its token resolve. */
    recordPushed({ event }: LarkEnvelope<MessageReceiveEvent> | LarkEnvelope<CardActionEvent>) {
      if ('message' in event) pushedChats.set(event.message.message_id, event.message.chat_id);
      else cardTokens.set(event.token, event.context.open_message_id);
    },
    /** From now on the platform refuses messages to `openId` with `code` (230013, 230029, 230034, 230053, 99992361). */
    refuse(openId: string, code: number) {
      unreachable.set(openId, code);
      unreachable.set(p2pChatId(openId), code);
    },
    recall(messageId: string) {
      recalled.add(messageId);
    },
    /** The tenant token the SDK holds stops working (99991664), as after its two hours. */
    expireToken() {
      generation += 1;
    },
    async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 2000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = predicate();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`fake Lark: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    failNext(n: number, spec: FailureSpec) {
      if (spec.status === 200 && !spec.code) throw new Error('failNext: status 200 needs a non-zero code');
      faults.push({ remaining: n, spec });
    },
    reset() {
      for (const list of [requests, messages, cardUpdates, faults]) list.length = 0;
      for (const map of [pushedChats, cardTokens, byUuid, byId, unreachable]) map.clear();
      recalled.clear();
      limiter.clear();
    },
    close: (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        longConnection.close();
        server.close((err) => (err ? reject(err) : resolve()));
        // The SDK's keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
