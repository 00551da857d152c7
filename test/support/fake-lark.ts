// A fake Lark OpenAPI on 127.0.0.1 that the real SDK client talks to: documented bodies and error codes,
// every request recorded, what the bot "sent" kept, failures on demand. Business errors are HTTP 400 with
// a non-zero code, as on the platform (the SDK throws); `failNext` with status 200 gives the other shape.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import {
  p2pChatId,
  randomLarkId,
  type CardActionEvent,
  type LarkEnvelope,
  type MessageReceiveEvent,
} from '../../src/lark/payloads.js';
import { fail, isRecord, ok, uuidField, type Reply } from './fake-lark-content.js';
import { approvalCenterState, approvalRoutes } from './fake-lark-approval.js';
import { pressInCenter, type CenterPress } from './fake-lark-approval-callback.js';
import { calendarRoutes, calendarState, eventsOf } from './fake-lark-calendar.js';
import { cardAge } from './fake-lark-card-age.js';
import { overLimit, PLATFORM_LIMITS, RateLimiter, type RateLimits } from './fake-lark-limits.js';
import { fakeResources } from './fake-lark-resources.js';
import { attachLongConnection, type LongConnectionConfig } from './fake-lark-ws.js';
import { fakeContacts } from './fake-lark-contacts.js';
import { messageRoutes, type FakeMessage, type RecordedRequest } from './fake-lark-messages.js';
import { fakeLarkFiles } from './fake-lark-files.js';

export type { FakeMessage, RecordedRequest };

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
  const resources = fakeResources();
  const contacts = fakeContacts(directory);
  // The upload's multipart body is read there; its token and injected failures are checked here.
  const uploads = fakeLarkFiles({
    gate: (req) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = String(v);
      const request: RecordedRequest = { method: 'POST', path, query: {}, headers, body: undefined };
      requests.push(request);
      return injected(request) ?? unauthorized(request);
    },
    limit: () => overLimit(limiter, 'im.file.create'),
  });

  const messageApi = messageRoutes({
    appId,
    clock,
    limiter,
    messages,
    byId,
    byUuid,
    pushedChats,
    cardTokens,
    cardUpdates,
    unreachable,
    recalled,
    knowsFile: uploads.knows,
  });

  const approvalCenter = approvalCenterState();
  const approvalApi = approvalRoutes(approvalCenter);
  const calendars = calendarState();
  const calendarApi = calendarRoutes(calendars, limiter);

  function route(request: RecordedRequest): Reply {
    const { method, path, query, body } = request;
    const b = isRecord(body) ? body : {};
    const uuid = uuidField(b);
    if ('status' in uuid) return uuid;
    const post = method === 'POST';
    const message = messageApi({ method, path, query, b, uuid });
    if (message) return message;
    const approval = approvalApi(method, path, b);
    if (approval) return approval;
    const calendar = calendarApi(method, path, query, b);
    if (calendar) return calendar;
    if (
      post &&
      path === '/open-apis/contact/v3/users/batch_get_id' &&
      !granted.has('contact:user.id:readonly')
    )
      return fail(
        400,
        99991672,
        'Access denied. One of the following scopes is required: [contact:user.id:readonly].',
      );
    const contact = contacts.route(request);
    if (contact) return contact;
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

  /** A failure a test asked for (`failNext`), when one is due for this path. */
  function injected(request: RecordedRequest): Reply | undefined {
    const fault = faults.find((f) => f.remaining > 0 && request.path.startsWith(f.spec.pathPrefix ?? ''));
    if (!fault) return undefined;
    fault.remaining -= 1;
    const { status, code, msg, resetSeconds = 1 } = fault.spec;
    if (status !== 429) return fail(status, code ?? status, msg ?? 'injected failure');
    const headers = { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': String(resetSeconds) };
    return { ...fail(429, code ?? 99991400, msg ?? 'request trigger frequency limit'), headers };
  }

  /** Every API but the token's: no, an expired or a wrong tenant token is refused. */
  function unauthorized(request: RecordedRequest): Reply | undefined {
    const auth = request.headers.authorization;
    if (!auth) return fail(400, 99991661, `Missing ${TOKEN_HINT}`);
    if (generation > 0 && auth === `Bearer ${tokenFor(generation - 1)}`)
      return fail(400, 99991664, 'Invalid access token for authorization. The token has expired.');
    if (auth !== `Bearer ${tokenFor(generation)}`) return fail(400, 99991663, `Invalid ${TOKEN_HINT}`);
    return undefined;
  }

  /** A message's picture or file, counted against the resource API's own limits. */
  const resource = (request: RecordedRequest): Reply | undefined =>
    resources.serve(request.method, request.path, request.query, () =>
      overLimit(limiter, 'im.messageResource.get'),
    );

  function handle(request: RecordedRequest): Reply {
    const fault = injected(request);
    if (fault) return fault;
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
    return unauthorized(request) ?? resource(request) ?? route(request);
  }

  const server = createServer((req, res) => {
    if (uploads.handles(req, res)) return;
    void readBody(req).then((body) => {
      const reqUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = String(v);
      const query = Object.fromEntries(reqUrl.searchParams);
      const request = { method: req.method ?? 'GET', path: reqUrl.pathname, query, headers, body };
      requests.push(request);
      const reply = handle(request);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.raw ?? JSON.stringify(reply.body));
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
    /** Pictures and files of pushed messages, served by the message resource API. */
    resources,
    /** The contact API's tenant (`contacts.setTenant`) and its rate-limit count. */
    contacts,
    /** The approval center's definitions and instances, as synced. */
    approvalCenter,
    /** An approver presses 同意 or 拒绝 on a task in the center: the quick-approval callback and its answer. */
    pressInCenter: (press: CenterPress) => pressInCenter(approvalCenter, press),
    /** Calendar v4: the shared calendars and their events, as synced. */
    calendars,
    /** The live events of the calendar named `summary`, by start. */
    calendarEvents: (summary: string) => eventsOf(calendars, summary),
    /** Files uploaded through im/v1/files, by file_key. */
    files: uploads.files,
    /** Messages in the bot's one-to-one chat with this user (sent by open_id), replies included. */
    sentTo: (openId: string) => messages.filter((m) => m.chatId === p2pChatId(openId)),
    /** Card age as Lark sees it: recall a card, ask whether it still takes clicks. */
    cards: cardAge(clock, recalled),
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
      resources.reset();
      contacts.reset();
      approvalCenter.definitions.clear();
      approvalCenter.instances.clear();
      approvalCenter.tunnels.clear();
      calendars.calendars.clear();
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
