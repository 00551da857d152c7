import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.js';
import type { RegisterFeature } from '../../src/features/index.js';
import { createLogger } from '../../src/log.js';
import { cardActionEvent, messageReceiveEvent, p2pChatId, randomLarkId } from '../../src/lark/payloads.js';
import { signedRequest } from '../../src/lark/signing.js';
import type { SenderOptions } from '../../src/outbox/outbox-sender.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { loadStartupData } from '../../src/seed.js';
import { openStore, type Store } from '../../src/store/db.js';
import type { FakeLark } from './fake-lark.js';

export const TEST_KEYS = {
  appId: 'cli_test_app',
  appSecret: 'test-app-secret-value',
  encryptKey: 'test-encrypt-key',
  verificationToken: 'test-verification-token',
  apiToken: 'test-api-token',
};

/** POSTs `payload` to the bot at `url` on /lark/events, encrypted and signed as Lark does. */
/** A JSON body posted to the bot, as the simulator's page and other local clients send it. */
export function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function postSignedEvent(url: string, payload: unknown, encryptKey?: string): Promise<Response> {
  const req = signedRequest({ body: payload, encryptKey });
  return fetch(`${url}/lark/events`, { method: 'POST', headers: req.headers, body: req.body });
}

/** The environment of a bot run as its own process on `port`: the test keys, its file, Lark at the fake. */
export function botProcessEnv(port: number, dbFile: string, fakeLark: FakeLark): Record<string, string> {
  return {
    PORT: String(port),
    DATABASE_URL: `file:${dbFile}`,
    LARK_APP_ID: TEST_KEYS.appId,
    LARK_APP_SECRET: TEST_KEYS.appSecret,
    LARK_ENCRYPT_KEY: TEST_KEYS.encryptKey,
    LARK_VERIFICATION_TOKEN: TEST_KEYS.verificationToken,
    LARK_DOMAIN: fakeLark.url,
    API_TOKEN: TEST_KEYS.apiToken,
    LOG_LEVEL: 'info',
    DEV_SIMULATOR: '0',
  };
}

export interface Bot {
  url: string;
  config: Config;
  store: Store;
  runtime: Runtime;
  /** Every log line the bot wrote, for the no-secret-in-logs checks. */
  logs: string[];
  /** POSTs an encrypted, signed `im.message.receive_v1` to /lark/events over HTTP. */
  sendText(
    openId: string,
    text: string,
    opts?: {
      eventId?: string;
      messageId?: string;
      chatType?: 'p2p' | 'group';
      /** Sends it as a reply to this message (a card of the bot's, say). */
      parentId?: string;
      rootId?: string;
    },
  ): Promise<Response>;
  /** POSTs an encrypted, signed `card.action.trigger`; returns the parsed answer. */
  click(
    openId: string,
    value: Record<string, unknown>,
    opts?: { formValue?: Record<string, unknown>; openMessageId?: string; eventId?: string },
  ): Promise<Record<string, unknown>>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Lets the inbox worker and the outbox sender finish what is queued. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface BotOptions {
  fakeLark?: FakeLark;
  dbFile?: string;
  env?: Record<string, string>;
  now?: () => Date;
  sender?: SenderOptions;
  /** Extra features (test fixtures) plugged in after the built-in ones. */
  features?: RegisterFeature[];
}

/** The real app on a real port with a real libSQL file; Lark is the fake on loopback when given. */
export async function startBot(opts: BotOptions = {}): Promise<Bot> {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-test-'));
  const dbFile = opts.dbFile ?? join(dir, 'bot.db');
  const config = loadConfig({
    DATABASE_URL: `file:${dbFile}`,
    LARK_ENCRYPT_KEY: TEST_KEYS.encryptKey,
    LARK_VERIFICATION_TOKEN: TEST_KEYS.verificationToken,
    API_TOKEN: TEST_KEYS.apiToken,
    LOG_LEVEL: 'debug',
    ...(opts.fakeLark
      ? { LARK_APP_ID: TEST_KEYS.appId, LARK_APP_SECRET: TEST_KEYS.appSecret, LARK_DOMAIN: opts.fakeLark.url }
      : {}),
    ...opts.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString());
      cb();
    },
  });
  const log = createLogger('debug', sink);
  const store = await openStore(config.databaseUrl);
  await loadStartupData(store, config, log);
  const runtime = createRuntime({
    config,
    store,
    log,
    sender: { baseDelayMs: 20, pollMs: 50, ...opts.sender },
    now: opts.now,
    features: opts.features,
  });
  runtime.start();
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: runtime.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(info.port),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  const appId = config.lark.appId ?? 'cli_local';
  const token = config.lark.verificationToken ?? '';
  const encryptKey = config.lark.encryptKey;

  const postSigned = (payload: unknown) => {
    // The fake must know the user's message to accept a reply to it, as Lark does.
    opts.fakeLark?.recordPushed(payload as Parameters<FakeLark['recordPushed']>[0]);
    return postSignedEvent(url, payload, encryptKey);
  };

  const bot: Bot = {
    url,
    config,
    store,
    runtime,
    logs,
    sendText: (openId, text, o = {}) =>
      postSigned(
        messageReceiveEvent({
          openId,
          text: o.chatType === 'group' ? `@_user_1 ${text}` : text,
          chatType: o.chatType ?? 'p2p',
          chatId: p2pChatId(openId),
          token,
          appId,
          ...(o.chatType === 'group'
            ? { mentions: [{ key: '@_user_1', name: '执法助手', openId: 'ou_bot' }] }
            : {}),
          ...(o.eventId ? { eventId: o.eventId } : {}),
          ...(o.messageId ? { messageId: o.messageId } : {}),
          ...(o.parentId ? { parentId: o.parentId } : {}),
          ...(o.rootId ? { rootId: o.rootId } : {}),
        }),
      ),
    async click(openId, value, o = {}) {
      const res = await postSigned(
        cardActionEvent({
          openId,
          token,
          appId,
          value,
          formValue: o.formValue,
          openMessageId: o.openMessageId ?? randomLarkId('om'),
          openChatId: p2pChatId(openId),
          ...(o.eventId ? { eventId: o.eventId } : {}),
        }),
      );
      return (await res.json()) as Record<string, unknown>;
    },
    post: (path, body, headers = {}) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${TEST_KEYS.apiToken}`,
          ...headers,
        },
        body: JSON.stringify(body),
      }),
    async settle() {
      for (let i = 0; i < 3; i++) {
        await runtime.worker.kick();
        await runtime.sender.kick();
      }
    },
    async close() {
      runtime.stop();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
      // Drains kicked with setImmediate must finish before the database closes under them.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await bot.settle();
      await store.close();
    },
  };
  return bot;
}
