import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardActionEvent, messageReceiveEvent, randomLarkId } from '../../src/lark/payloads.js';
import { startFakeLark, type FakeLark, type FakeLarkOptions } from './fake-lark.js';

// The SDK logs failed requests with their axios config, credentials included: keep test output clean.
const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };
const clientFor = (f: FakeLark, appSecret = f.appSecret) =>
  new lark.Client({ appId: f.appId, appSecret, domain: f.url, logger: silent });
const card = (title: string) =>
  JSON.stringify({
    schema: '2.0',
    config: { update_multi: true },
    body: { elements: [{ tag: 'markdown', content: title }] },
  });
const text = (t: string) => JSON.stringify({ text: t });
const rejectsWithCode = (p: Promise<unknown>, code: number) =>
  expect(p).rejects.toMatchObject({ name: 'AxiosError', response: { status: 400, data: { code } } });

let fake: FakeLark;
let client: lark.Client;
const alice = randomLarkId('ou');

beforeAll(async () => {
  fake = await startFakeLark({ directory: { 'alice@example.gov.cn': alice, '13800000000': alice } });
  client = clientFor(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const create = (c: lark.Client, to: string, msgType: string, content: string, uuid?: string) =>
  c.im.v1.message.create({
    params: { receive_id_type: to.startsWith('oc_') ? 'chat_id' : 'open_id' },
    data: { receive_id: to, msg_type: msgType, content, ...(uuid ? { uuid } : {}) },
  });
const sendText = (t: string, uuid?: string) => create(client, alice, 'text', text(t), uuid);
const sendCard = (title: string) => create(client, alice, 'interactive', card(title));

async function withFake(opts: FakeLarkOptions, run: (f: FakeLark) => Promise<void>) {
  const f = await startFakeLark(opts);
  try {
    await run(f);
  } finally {
    await f.close();
  }
}

describe('auth', () => {
  it('serves a tenant_access_token that the SDK then sends as a bearer token', () =>
    withFake({ appId: 'cli_token_fetch' }, async (f) => {
      await create(clientFor(f), alice, 'text', text('hi'));
      const [tokenRequest, sendRequest] = f.requests;
      expect(tokenRequest).toMatchObject({
        method: 'POST',
        path: '/open-apis/auth/v3/tenant_access_token/internal',
        body: { app_id: 'cli_token_fetch', app_secret: f.appSecret },
      });
      expect(sendRequest?.headers.authorization).toMatch(/^Bearer t-[0-9a-f]{40}$/);
    }));

  it('refuses a wrong app secret with code 10014, so the SDK call fails', () =>
    withFake({ appId: 'cli_wrong_secret' }, async (f) => {
      const call = create(clientFor(f, 'nope'), alice, 'text', text('x'));
      await expect(call).rejects.toThrow(/code: 10014, msg: app secret invalid/);
      expect(f.messages).toHaveLength(0);
    }));

  it('answers 99991661 without a token and 99991663 with a wrong one', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${fake.url}/open-apis/im/v1/messages?receive_id_type=open_id`, {
        method: 'POST',
        headers,
        body: '{}',
      });
    const missing = await post({ 'content-type': 'application/json' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 99991661 });
    const wrong = await post({ 'content-type': 'application/json', authorization: 'Bearer t-forged' });
    expect(await wrong.json()).toMatchObject({ code: 99991663 });
  });

  it('accepts the token the SDK cached from an earlier fake with the same credentials', async () => {
    await sendText('warm the cache');
    await withFake({}, async (second) => {
      await expect(create(clientFor(second), alice, 'text', text('x'))).resolves.toMatchObject({ code: 0 });
      expect(second.requests.map((r) => r.path)).toEqual(['/open-apis/im/v1/messages']);
    });
  });
});

describe('messages', () => {
  it('sends once per uuid and answers the retry with the same message', async () => {
    const first = await sendText('请在3日内提交整改报告', 'retry-key-1');
    const again = await sendText('请在3日内提交整改报告', 'retry-key-1');
    expect(first).toMatchObject({
      code: 0,
      msg: 'success',
      data: { msg_type: 'text', sender: { sender_type: 'app' } },
    });
    expect(first.data?.message_id).toMatch(/^om_[0-9a-f]{32}$/);
    expect(first.data?.body?.content).toBe(text('请在3日内提交整改报告'));
    expect(again.data?.message_id).toBe(first.data?.message_id);
    expect(fake.sentTo(alice)).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      receiveId: alice,
      receiveIdType: 'open_id',
      uuid: 'retry-key-1',
    });
  });

  it('rejects content that is not a JSON object string, unknown msg types and cards over 30 KB', async () => {
    const chat = randomLarkId('oc');
    await rejectsWithCode(create(client, chat, 'text', 'plain words'), 230001);
    await rejectsWithCode(create(client, chat, 'carrier_pigeon', text('x')), 99992402);
    await rejectsWithCode(create(client, chat, 'interactive', card('x'.repeat(31 * 1024))), 230025);
    await expect(create(client, chat, 'interactive', card('x'.repeat(29 * 1024)))).resolves.toMatchObject({
      code: 0,
    });
    expect(fake.messages.map((m) => m.chatId)).toEqual([chat]);
  });

  it('replies in the chat of a message the platform pushed', async () => {
    const inbound = messageReceiveEvent({
      openId: alice,
      chatType: 'group',
      text: '查询',
      token: 'v',
      appId: fake.appId,
    });
    const { message_id, chat_id } = inbound.event.message;
    fake.recordPushed(inbound);
    const reply = await client.im.v1.message.reply({
      path: { message_id },
      data: { msg_type: 'text', content: text('收到') },
    });
    expect(reply.data).toMatchObject({ chat_id, parent_id: message_id, root_id: message_id });
    const orphan = client.im.v1.message.reply({
      path: { message_id: 'om_unknown' },
      data: { msg_type: 'text', content: text('?') },
    });
    await rejectsWithCode(orphan, 230001);
  });

  it('patches a card it sent, and refuses unknown ids and messages the bot did not send', async () => {
    const patch = (id: string, content: string) =>
      client.im.v1.message.patch({ path: { message_id: id }, data: { content } });
    const sent = await sendCard('待处理');
    await expect(patch(sent.data?.message_id ?? '', card('已处理'))).resolves.toMatchObject({ code: 0 });
    expect(fake.sentTo(alice)[0]?.content).toBe(card('已处理'));
    await rejectsWithCode(patch('om_missing', card('x')), 230001);
    const inbound = messageReceiveEvent({
      openId: alice,
      chatType: 'p2p',
      text: 'hi',
      token: 'v',
      appId: fake.appId,
    });
    fake.recordPushed(inbound);
    await rejectsWithCode(patch(inbound.event.message.message_id, card('x')), 230012);
  });

  it('buzzes with urgent_app and lists malformed user ids as invalid', async () => {
    const sent = await sendText('逾期提醒');
    const buzz = await client.im.v1.message.urgentApp({
      path: { message_id: sent.data?.message_id ?? '' },
      params: { user_id_type: 'open_id' },
      data: { user_id_list: [alice, 'bogus'] },
    });
    expect(buzz).toMatchObject({ code: 0, data: { invalid_user_id_list: ['bogus'] } });
    expect(fake.messages[0]?.urgentTo).toEqual([alice]);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PATCH', query: { user_id_type: 'open_id' } });
  });

  it('applies a delayed card update to the message whose callback token it is', async () => {
    const sent = await sendCard('待审批');
    const click = cardActionEvent({
      openId: alice,
      token: 'v',
      appId: fake.appId,
      value: { action: 'approve' },
      openMessageId: sent.data?.message_id ?? '',
      openChatId: sent.data?.chat_id ?? '',
    });
    fake.recordPushed(click);
    const newCard = JSON.parse(card('已批准')) as Record<string, unknown>;
    const data = { token: click.event.token, card: newCard };
    await expect(
      client.request({ url: '/open-apis/interactive/v1/card/update', method: 'POST', data }),
    ).resolves.toMatchObject({ code: 0 });
    expect(fake.cardUpdates).toEqual([data]);
    expect(fake.sentTo(alice)[0]?.content).toBe(JSON.stringify(newCard));
  });
});

describe('contact and bot info', () => {
  it('resolves emails and mobiles from the directory, leaving unknown ones without a user_id', async () => {
    const res = await client.contact.v3.user.batchGetId({
      params: { user_id_type: 'open_id' },
      data: { emails: ['alice@example.gov.cn', 'ghost@example.gov.cn'], mobiles: ['13800000000'] },
    });
    expect(res.data?.user_list).toEqual([
      {
        user_id: alice,
        email: 'alice@example.gov.cn',
        status: expect.objectContaining({ is_activated: true }),
      },
      { email: 'ghost@example.gov.cn' },
      { user_id: alice, mobile: '13800000000', status: expect.objectContaining({ is_resigned: false }) },
    ]);
  });

  it('answers bot/v3/info with the bot open_id at the top level', async () => {
    const res = await client.request<{ code: number; bot: { open_id: string } }>({
      url: '/open-apis/bot/v3/info',
      method: 'GET',
    });
    expect(res).toMatchObject({ code: 0, bot: { open_id: fake.botOpenId } });
  });
});

describe('fault injection', () => {
  beforeEach(async () => {
    await sendText('warm the token cache');
  });

  it('429 with rate-limit headers: the SDK throws an AxiosError, then the next call goes through', async () => {
    fake.failNext(1, { status: 429, resetSeconds: 1 });
    const err: unknown = await sendText('x').catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'AxiosError',
      response: { status: 429, data: { code: 99991400, msg: 'request trigger frequency limit' } },
    });
    const headers = (err as { response: { headers: Record<string, string> } }).response.headers;
    expect(headers['x-ogw-ratelimit-reset']).toBe('1');
    expect(headers['x-ogw-ratelimit-limit']).toBeDefined();
    await expect(sendText('y')).resolves.toMatchObject({ code: 0 });
    expect(fake.messages.map((m) => m.content)).toEqual([text('warm the token cache'), text('y')]);
  });

  it('500 throws; HTTP 200 with a non-zero code resolves, so callers must check code', async () => {
    fake.failNext(2, { status: 500 });
    await expect(sendText('a')).rejects.toMatchObject({ name: 'AxiosError', response: { status: 500 } });
    await expect(sendText('b')).rejects.toMatchObject({ response: { status: 500 } });
    fake.failNext(1, { status: 200, code: 230002, msg: 'The bot can not be outside the group.' });
    await expect(sendText('c')).resolves.toMatchObject({ code: 230002 });
    expect(fake.messages).toHaveLength(1);
    expect(() => fake.failNext(1, { status: 200 })).toThrow(/non-zero code/);
  });

  it('scopes a failure to a path prefix', async () => {
    const lookup = () => client.contact.v3.user.batchGetId({ data: { emails: ['alice@example.gov.cn'] } });
    fake.failNext(1, { status: 500, pathPrefix: '/open-apis/contact/' });
    await expect(sendText('unaffected')).resolves.toMatchObject({ code: 0 });
    await expect(lookup()).rejects.toMatchObject({ response: { status: 500 } });
    await expect(lookup()).resolves.toMatchObject({ code: 0 });
  });
});

describe('helpers', () => {
  it('waitFor resolves once a message arrives and rejects after its timeout', async () => {
    const pending = fake.waitFor(() => fake.sentTo(alice)[0], 2000);
    void sendText('later');
    await expect(pending).resolves.toMatchObject({ content: text('later') });
    await expect(fake.waitFor(() => fake.sentTo(randomLarkId('ou'))[0], 50)).rejects.toThrow(/within 50 ms/);
  });

  it('reset forgets requests, messages, uuids and pending failures', async () => {
    await sendText('x', 'key-before-reset');
    fake.failNext(1, { status: 500 });
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    expect(fake.messages).toHaveLength(0);
    await expect(sendText('x', 'key-before-reset')).resolves.toMatchObject({ code: 0 });
    expect(fake.messages).toHaveLength(1);
  });
});
