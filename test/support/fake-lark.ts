// A fake Lark OpenAPI on 127.0.0.1 that the real SDK client talks to: documented bodies and error codes,
// every request recorded, what the bot "sent" kept, failures on demand. Business errors are HTTP 400 with
// a non-zero code, as on the platform (the SDK throws); `failNext` with status 200 gives the other shape.
import { randomBytes, createHash } from 'node:crypto';
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
import { fakeLarkFiles } from './fake-lark-files.js';

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
}

export type FakeLark = Awaited<ReturnType<typeof startFakeLark>>;

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

const RECEIVE_ID_TYPES = ['open_id', 'user_id', 'union_id', 'email', 'chat_id'];
const USER_ID_TYPES = ['open_id', 'user_id', 'union_id'] as const;
type UserIdType = (typeof USER_ID_TYPES)[number];
const MSG_TYPE = /^(text|post|image|file|audio|media|sticker|interactive|share_chat|share_user|system)$/;
// Documented request-body limits: text 150 KB, card and rich text 30 KB.
const CONTENT_LIMIT: Record<string, number> = { text: 150 * 1024, post: 30 * 1024, interactive: 30 * 1024 };
const UUID_WINDOW_MS = 60 * 60 * 1000;
const LIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };
const TOKEN_HINT = 'access token for authorization. Please make a request with token attached.';

const ok = (data?: unknown): Reply => ({ status: 200, body: { code: 0, msg: 'success', data: data ?? {} } });
const fail = (status: number, code: number, msg: string): Reply => ({
  status,
  body: { code, msg, error: { log_id: randomBytes(12).toString('hex').toUpperCase() } },
});
const invalidField = (): Reply => fail(400, 99992402, 'field validation failed');
const invalidParam = (ext: string): Reply =>
  fail(400, 230001, `Your request contains an invalid request parameter, ext=${ext}.`);

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req.setEncoding('utf8')) text += chunk as string;
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

type Content = { msgType: string; content: string };

function parseContent(msgType: unknown, content: unknown): Content | Reply {
  if (typeof msgType !== 'string' || !MSG_TYPE.test(msgType) || typeof content !== 'string')
    return invalidField();
  try {
    if (!isRecord(JSON.parse(content))) return invalidParam('invalid message content');
  } catch {
    return invalidParam('invalid message content');
  }
  if (Buffer.byteLength(content, 'utf8') <= (CONTENT_LIMIT[msgType] ?? Infinity)) return { msgType, content };
  return fail(400, 230025, 'The length of the message content reaches its limit.');
}

export async function startFakeLark(opts: FakeLarkOptions = {}) {
  const appId = opts.appId ?? 'cli_fake0000000000';
  const appSecret = opts.appSecret ?? 'fake-app-secret';
  const botOpenId = randomLarkId('ou');
  const directory = opts.directory ?? {};
  // Derived, not random: the SDK caches tokens per appId process-wide, so a second fake in the same
  // test file must accept the token the first one issued.
  const token = `t-${createHash('sha256').update(`${appId}:${appSecret}`).digest('hex').slice(0, 40)}`;
  const requests: RecordedRequest[] = [];
  const messages: FakeMessage[] = [];
  const cardUpdates: { token: string; card: unknown }[] = [];
  const pushedChats = new Map<string, string>();
  const cardTokens = new Map<string, string>();
  const byUuid = new Map<string, { message: FakeMessage; at: number }>();
  const byId = new Map<string, FakeMessage>(); // benchmarks hold tens of thousands of messages
  const faults: { remaining: number; spec: FailureSpec }[] = [];
  const uploads = fakeLarkFiles(token);

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

  type NewMessage = Omit<FakeMessage, 'messageId' | 'createTime' | 'updateTime' | 'urgentTo'>;
  const send = (fields: NewMessage): Reply => {
    if (!uploads.knows(fields.msgType, fields.content)) return invalidParam('invalid file_key');
    const previous = fields.uuid ? byUuid.get(fields.uuid) : undefined;
    if (previous && Date.now() - previous.at < UUID_WINDOW_MS) return ok(view(previous.message));
    const now = String(Date.now());
    const stamps = { messageId: randomLarkId('om'), createTime: now, updateTime: now };
    const message: FakeMessage = { ...fields, ...stamps, urgentTo: [] };
    messages.push(message);
    byId.set(message.messageId, message);
    if (fields.uuid) byUuid.set(fields.uuid, { message, at: Date.now() });
    return ok(view(message));
  };

  const findOwn = (messageId: string): FakeMessage | Reply =>
    byId.get(messageId) ??
    (pushedChats.has(messageId)
      ? fail(400, 230012, 'Bot is NOT the sender of the message.')
      : invalidParam('invalid message_id'));

  function route({ method, path, query, body }: RecordedRequest): Reply {
    const b = isRecord(body) ? body : {};
    const uuid = typeof b.uuid === 'string' && b.uuid ? { uuid: b.uuid } : {};
    const [, id, action] = /^\/open-apis\/im\/v1\/messages(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path) ?? [];
    const post = method === 'POST';
    if (post && path === '/open-apis/im/v1/messages') {
      const [type, to] = [query.receive_id_type ?? '', b.receive_id];
      if (!RECEIVE_ID_TYPES.includes(type) || typeof to !== 'string' || !to) return invalidField();
      const parsed = parseContent(b.msg_type, b.content);
      if ('status' in parsed) return parsed;
      const chatId = type === 'chat_id' ? to : p2pChatId(to);
      return send({ chatId, receiveId: to, receiveIdType: type, ...parsed, ...uuid });
    }
    if (post && id && action === 'reply') {
      const parent = byId.get(id);
      const chatId = parent?.chatId ?? pushedChats.get(id);
      if (!chatId) return invalidParam('invalid message_id');
      const parsed = parseContent(b.msg_type, b.content);
      if ('status' in parsed) return parsed;
      return send({ chatId, ...parsed, parentId: id, rootId: parent?.rootId ?? id, ...uuid });
    }
    if (method === 'PATCH' && id && !action) {
      const found = findOwn(id);
      if (!('messageId' in found)) return found;
      if (found.msgType !== 'interactive') return invalidParam('only card messages can be updated');
      const parsed = parseContent('interactive', b.content);
      if ('status' in parsed) return parsed;
      Object.assign(found, { content: parsed.content, updateTime: String(Date.now()) });
      return ok();
    }
    if (method === 'PATCH' && id && action === 'urgent_app') {
      const type = query.user_id_type as UserIdType;
      const list = b.user_id_list;
      if (!USER_ID_TYPES.includes(type) || !isStringList(list) || list.length === 0) return invalidField();
      const found = findOwn(id);
      if (!('messageId' in found)) return found;
      const prefix = { open_id: 'ou_', union_id: 'on_', user_id: '' }[type];
      const invalid = list.filter((u) => !u.startsWith(prefix) || u.length <= prefix.length);
      found.urgentTo.push(...list.filter((u) => !invalid.includes(u)));
      return ok({ invalid_user_id_list: invalid });
    }
    if (post && path === '/open-apis/interactive/v1/card/update') {
      const cardToken = b.token;
      if (typeof cardToken !== 'string' || !cardToken.startsWith('c-') || !isRecord(b.card))
        return invalidField();
      cardUpdates.push({ token: cardToken, card: b.card });
      const target = byId.get(cardTokens.get(cardToken) ?? '');
      if (target) Object.assign(target, { content: JSON.stringify(b.card), updateTime: String(Date.now()) });
      return ok();
    }
    if (post && path === '/open-apis/contact/v3/users/batch_get_id') {
      const type = (query.user_id_type ?? 'open_id') as UserIdType;
      const [emails, mobiles] = [b.emails ?? [], b.mobiles ?? []];
      if (!USER_ID_TYPES.includes(type) || !isStringList(emails) || !isStringList(mobiles))
        return invalidField();
      const lookup = (field: 'email' | 'mobile', value: string) => {
        const openId = directory[value];
        return { ...(openId ? { user_id: identityFor(openId)[type], status: LIVE } : {}), [field]: value };
      };
      const userList = [...emails.map((e) => lookup('email', e)), ...mobiles.map((m) => lookup('mobile', m))];
      return ok({ user_list: userList });
    }
    if (method === 'GET' && path === '/open-apis/bot/v3/info') {
      const bot = { open_id: botOpenId, app_name: '执法助手', activate_status: 2, ip_white_list: [] };
      return { status: 200, body: { code: 0, msg: 'ok', bot } };
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
    if (request.method === 'POST' && request.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      const b = isRecord(request.body) ? request.body : {};
      const issued = { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 };
      const valid = b.app_id === appId && b.app_secret === appSecret;
      return { status: 200, body: valid ? issued : { code: 10014, msg: 'app secret invalid' } };
    }
    const auth = request.headers.authorization;
    if (!auth) return fail(400, 99991661, `Missing ${TOKEN_HINT}`);
    if (auth !== `Bearer ${token}`) return fail(400, 99991663, `Invalid ${TOKEN_HINT}`);
    return route(request);
  }

  const server = createServer((req, res) => {
    if (uploads.handles(req, res)) return;
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = String(v);
      const query = Object.fromEntries(url.searchParams);
      const request = { method: req.method ?? 'GET', path: url.pathname, query, headers, body };
      requests.push(request);
      const reply = handle(request);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    botOpenId,
    requests,
    messages,
    cardUpdates,
    /** Files uploaded through im/v1/files, by file_key. */
    files: uploads.files,
    /** Messages in the bot's one-to-one chat with this user (sent by open_id), replies included. */
    sentTo: (openId: string) => messages.filter((m) => m.chatId === p2pChatId(openId)),
    /** Tell the fake about a pushed event, so replies to it and card updates by its token resolve. */
    recordPushed({ event }: LarkEnvelope<MessageReceiveEvent> | LarkEnvelope<CardActionEvent>) {
      if ('message' in event) pushedChats.set(event.message.message_id, event.message.chat_id);
      else cardTokens.set(event.token, event.context.open_message_id);
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
      for (const map of [pushedChats, cardTokens, byUuid, byId]) map.clear();
    },
    close: (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The SDK's keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
