import fc from 'fast-check';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptPayload, signBody } from '../../src/lark/signing.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';
import { expectNoSecrets, expectSoundDatabase, tableCounts } from './support/checks.js';

let bot: Bot;
let before: Record<string, number>;

beforeAll(async () => {
  bot = await startBot();
  before = await tableCounts(bot.store);
});
afterAll(() => bot.close());

const KEY = TEST_KEYS.encryptKey;
const TOKEN = TEST_KEYS.verificationToken;
const PATHS = ['/lark/events', '/lark/cards'];
const now = () => Math.floor(Date.now() / 1000);

/** Raw bytes over a socket, so any header byte or body encoding reaches the server's own parser. */
function send(path: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(bot.url);
  const head = [
    `POST ${path} HTTP/1.1`,
    'host: 127.0.0.1',
    'connection: close',
    `content-length: ${body.length}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value.replace(/[\r\n]/g, ' ')}`),
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      if (status) resolve(Number(status[1]));
      else reject(new Error('no HTTP status line in the answer'));
    });
    socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]));
  });
}

/** The `encrypt` field for any text, valid JSON or not, sealed the way Lark seals an event. */
function sealText(text: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(KEY).digest(), iv);
  return JSON.stringify({
    encrypt: Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]).toString('base64'),
  });
}

function signed(body: string, opts: { timestamp?: string; nonce?: string; key?: string } = {}) {
  const timestamp = opts.timestamp ?? String(now());
  const nonce = opts.nonce ?? 'n0nce';
  return {
    'content-type': 'application/json',
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': nonce,
    'x-lark-signature': signBody(timestamp, nonce, opts.key ?? KEY, body),
  };
}

const sealed = (payload: unknown) => JSON.stringify({ encrypt: encryptPayload(KEY, payload) });

async function expectRefusedWithoutChange(status: number): Promise<void> {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
}

const path = fc.constantFrom(...PATHS);
const headerValue = fc.oneof(
  fc.string(),
  fc.constantFrom('', '0', '-1', '1e10', 'NaN', ' ', 'x'.repeat(4000), '９９９'),
  fc.stringMatching(/^[\x20-\x7e\xa0-\xff]{0,60}$/),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
);

/** Payloads that decrypt but are no event the bot handles: wrong token, wrong shape, odd types. */
const malformedPayload = fc.oneof(
  fc.jsonValue(),
  fc.record({
    type: fc.constant('url_verification'),
    token: fc.constant(TOKEN),
    challenge: fc.jsonValue().filter((v) => typeof v !== 'string'),
  }),
  fc.record({
    schema: fc.oneof(fc.constant('2.0'), fc.jsonValue()),
    header: fc.oneof(
      fc.jsonValue(),
      fc.record({
        token: fc.constant(TOKEN),
        event_id: fc.oneof(fc.constant(''), fc.integer(), fc.constant(null), fc.array(fc.string())),
        event_type: fc.constantFrom('im.message.receive_v1', 'card.action.trigger'),
      }),
      fc.record({
        token: fc.constant(TOKEN),
        event_id: fc.stringMatching(/^[0-9a-f]{32}$/),
        event_type: fc.oneof(fc.integer(), fc.constant(null), fc.constant(['im.message.receive_v1'])),
      }),
    ),
    event: fc.oneof(fc.jsonValue(), fc.constant(null), fc.array(fc.jsonValue())),
  }),
  // Everything right but the event itself.
  fc.record({
    schema: fc.constant('2.0'),
    header: fc.record({
      token: fc.constant(TOKEN),
      event_id: fc.stringMatching(/^[0-9a-f]{32}$/),
      event_type: fc.constantFrom('im.message.receive_v1', 'card.action.trigger'),
    }),
    event: fc.oneof(fc.constant(null), fc.array(fc.jsonValue()), fc.string(), fc.integer()),
  }),
);

/** Nested objects and arrays as JSON text: too deep for JSON.stringify to have built it. */
function deeplyNested(depth: number, leaf = 'true'): string {
  let text = leaf;
  for (let i = 0; i < depth; i++) text = i % 2 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

describe('hostile input at the Lark edge', () => {
  it('answers random bodies and headers with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
        ),
        contentType,
        fc.dictionary(
          fc.constantFrom('x-lark-request-timestamp', 'x-lark-request-nonce', 'x-lark-signature'),
          headerValue,
        ),
        async (p, body, type, extra) => {
          const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
          await expectRefusedWithoutChange(await send(p, bytes, { 'content-type': type, ...extra }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers an encrypted body with a wrong signature, key, or clock with a 4xx', async () => {
    const valid = {
      schema: '2.0',
      header: { event_id: 'a'.repeat(32), event_type: 'im.message.receive_v1', token: TOKEN },
      event: {
        message: { message_id: 'om_x', chat_type: 'p2p', message_type: 'text', content: '{"text":"帮助"}' },
      },
    };
    const skew = fc.oneof(
      fc.integer({ min: 301, max: 10_000_000 }),
      fc.integer({ min: -10_000_000, max: -301 }),
    );
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.oneof(
          fc.record({ kind: fc.constant('stale' as const), skew }),
          fc.record({ kind: fc.constant('wrong-key' as const), key: fc.string({ minLength: 1 }) }),
          fc.record({
            kind: fc.constant('tampered' as const),
            at: fc.nat(),
            char: fc.constantFrom('A', '0', '=', '"'),
          }),
          fc.record({ kind: fc.constant('unsigned' as const) }),
          fc.record({ kind: fc.constant('garbage' as const), cipher: fc.base64String() }),
        ),
        async (p, attack) => {
          let body = sealed(valid);
          let headers: Record<string, string> = signed(body);
          if (attack.kind === 'stale') headers = signed(body, { timestamp: String(now() + attack.skew) });
          if (attack.kind === 'wrong-key' && attack.key !== KEY) headers = signed(body, { key: attack.key });
          if (attack.kind === 'tampered') {
            const i = 12 + (attack.at % (body.length - 14));
            const changed = body.slice(0, i) + attack.char + body.slice(i + 1);
            if (changed === body) return;
            body = changed;
          }
          if (attack.kind === 'unsigned') headers = { 'content-type': 'application/json' };
          if (attack.kind === 'garbage') {
            body = JSON.stringify({ encrypt: attack.cipher });
            headers = signed(body);
          }
          if (attack.kind === 'wrong-key' && attack.key === KEY) return;
          await expectRefusedWithoutChange(await send(p, Buffer.from(body), headers));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers a correctly signed payload that is no valid event with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(path, malformedPayload, async (p, payload) => {
        const body = sealed(payload);
        await expectRefusedWithoutChange(await send(p, Buffer.from(body), signed(body)));
      }),
      { numRuns: 200 },
    );
  });

  it('answers huge and deeply nested JSON with a 4xx', async () => {
    const deep = deeplyNested(50_000);
    const header = (type: string) =>
      JSON.stringify({ event_id: 'b'.repeat(32), event_type: type, token: TOKEN });
    const event = (type: string, body: string) => `{"schema":"2.0","header":${header(type)},"event":${body}}`;
    const bodies = [
      deep,
      JSON.stringify({ encrypt: 'x'.repeat(1024 * 1024) }),
      '['.repeat(200_000) + ']'.repeat(200_000),
      sealText(event('im.message.receive_v1', deep)),
      sealText(event('im.message.receive_v1', `{"message":${deep}}`)),
      sealText(event('card.action.trigger', deep)),
      sealText(deeplyNested(50_000, event('im.message.receive_v1', '{}'))),
      sealText('x'.repeat(700_000)),
    ];
    for (const p of PATHS)
      for (const body of bodies)
        await expectRefusedWithoutChange(await send(p, Buffer.from(body), signed(body)));
  });

  it('changed no table, and leaves a sound database and no secret in the log', async () => {
    expect(await tableCounts(bot.store)).toEqual(before);
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs);
  });
});
