import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMessages, inbox } from '../../db/schema/index.js';
import { messageReceiveEvent, urlVerification } from '../../src/lark/payloads.js';
import { encryptPayload, signBody, signedRequest } from '../../src/lark/signing.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${bot.url}/lark/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

const event = (text = '帮助', openId = 'ou_demo_air_officer') =>
  messageReceiveEvent({
    openId,
    text,
    chatType: 'p2p',
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });

async function inboxCount() {
  return (await bot.store.db.select().from(inbox)).length;
}

describe('url_verification', () => {
  it('answers an encrypted challenge (Lark sends it unsigned)', async () => {
    const body = JSON.stringify({
      encrypt: encryptPayload(
        TEST_KEYS.encryptKey,
        urlVerification({ challenge: 'abc', token: TEST_KEYS.verificationToken }),
      ),
    });
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc' });
  });

  it('refuses a challenge with the wrong token', async () => {
    const body = JSON.stringify({
      encrypt: encryptPayload(TEST_KEYS.encryptKey, urlVerification({ challenge: 'x', token: 'nope' })),
    });
    expect((await post(body)).status).toBe(401);
  });

  it('refuses a plaintext body while an encrypt key is configured', async () => {
    const res = await post(
      JSON.stringify(urlVerification({ challenge: 'abc', token: TEST_KEYS.verificationToken })),
    );
    expect(res.status).toBe(401);
  });
});

describe('signatures', () => {
  it('accepts a correctly signed event', async () => {
    const req = signedRequest({ body: event(), encryptKey: TEST_KEYS.encryptKey });
    const res = await post(req.body, req.headers);
    expect(res.status).toBe(200);
  });

  it('rejects a forged signature and stores nothing', async () => {
    const before = await inboxCount();
    const req = signedRequest({ body: event(), encryptKey: TEST_KEYS.encryptKey });
    const forged = { ...req.headers, 'x-lark-signature': signBody('1', '2', 'other-key', req.body) };
    expect((await post(req.body, forged)).status).toBe(401);
    expect(await inboxCount()).toBe(before);
  });

  it('rejects a stale timestamp and stores nothing', async () => {
    const before = await inboxCount();
    const req = signedRequest({
      body: event(),
      encryptKey: TEST_KEYS.encryptKey,
      now: new Date(Date.now() - 6 * 60_000),
    });
    expect((await post(req.body, req.headers)).status).toBe(401);
    expect(await inboxCount()).toBe(before);
  });

  it('rejects a decrypted event whose token does not match', async () => {
    const bad = messageReceiveEvent({
      openId: 'ou_x',
      text: 'hi',
      chatType: 'p2p',
      token: 'wrong',
      appId: 'a',
    });
    const req = signedRequest({ body: bad, encryptKey: TEST_KEYS.encryptKey });
    expect((await post(req.body, req.headers)).status).toBe(401);
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await post('{"encrypt":');
    expect(res.status).toBe(400);
    expect(await res.json()).toHaveProperty('error');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const res = await post(JSON.stringify({ encrypt: 'a'.repeat(1024 * 1024 + 10) }), {
      connection: 'close',
    });
    expect(res.status).toBe(413);
  });

  it('answers an unknown envelope with 400', async () => {
    const req = signedRequest({
      body: { hello: 'world', token: TEST_KEYS.verificationToken },
      encryptKey: TEST_KEYS.encryptKey,
    });
    expect((await post(req.body, req.headers)).status).toBe(400);
  });
});

describe('messages', () => {
  it('handles the same event delivered 10 times concurrently once', async () => {
    const e = event('帮助', 'ou_demo_water_officer');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => {
        const req = signedRequest({ body: e, encryptKey: TEST_KEYS.encryptKey });
        return post(req.body, req.headers);
      }),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    await bot.settle();
    const replies = (await bot.store.db.select().from(localMessages)).filter(
      (m) => m.replyTo === e.event.message.message_id,
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]!.content).toContain('执法助手 使用说明');
  });

  it('dedupes a message redelivered under a new event id', async () => {
    const e = event('帮助', 'ou_demo_soil_officer');
    const again = { ...e, header: { ...e.header, event_id: 'another-event-id-000000000000000' } };
    for (const body of [e, again]) {
      const req = signedRequest({ body, encryptKey: TEST_KEYS.encryptKey });
      await post(req.body, req.headers);
    }
    await bot.settle();
    const replies = (await bot.store.db.select().from(localMessages)).filter(
      (m) => m.replyTo === e.event.message.message_id,
    );
    expect(replies).toHaveLength(1);
  });

  it('politely refuses someone outside the directory', async () => {
    const res = await bot.sendText('ou_stranger', '帮助', { messageId: 'om_stranger_1' });
    expect(res.status).toBe(200);
    await bot.settle();
    const [reply] = (await bot.store.db.select().from(localMessages)).filter(
      (m) => m.replyTo === 'om_stranger_1',
    );
    expect(reply?.content).toContain('尚未列入本局通讯录');
  });

  it('answers in a group only when mentioned', async () => {
    await bot.sendText('ou_demo_eia_officer', '帮助', { chatType: 'group', messageId: 'om_group_1' });
    await bot.settle();
    const rows = (await bot.store.db.select().from(localMessages)).filter((m) => m.replyTo === 'om_group_1');
    expect(rows).toHaveLength(1);
  });
});

describe('healthz', () => {
  it('reports db and outbox', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      db: 'ok',
      outbox: { pending: expect.any(Number), dead: 0 },
    });
  });
});
