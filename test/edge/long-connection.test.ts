import type * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionEvent, messageReceiveEvent, p2pChatId, randomLarkId } from '../../src/lark/payloads.js';
import { startLongConnection } from '../../src/lark/long-connection.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, type Bot } from '../support/harness.js';

// The SDK's WSClient only starts for an app id of Lark's form.
const APP = { appId: 'cli_a1b2c3d4e5f60718', appSecret: 'long-connection-secret' };
const WHO = 'ou_demo_air_officer';

let fake: FakeLark;
let bot: Bot;
let client: lark.WSClient;

beforeAll(async () => {
  fake = await startFakeLark({
    ...APP,
    // Seconds, as the platform's ClientConfig gives them; short so a test sees pings and reconnects.
    // The ping timeout must be shorter than the ping interval: each ping re-arms the SDK's watchdog.
    longConnection: { pingInterval: 0.5, reconnectInterval: 0.1, reconnectNonce: 0 },
  });
  bot = await startBot({
    fakeLark: fake,
    env: { LARK_APP_ID: APP.appId, LARK_APP_SECRET: APP.appSecret, LARK_MODE: 'websocket' },
  });
  const started = startLongConnection(
    { ...APP, domain: fake.url, pingTimeoutSec: 0.3 },
    bot.runtime.intake,
    bot.runtime.services.log,
  );
  client = started.client;
  await started.ready;
  await fake.waitFor(() => fake.longConnection.open === 1);
});
afterAll(async () => {
  client?.close({ force: true });
  await bot?.close();
  await fake?.close();
});

/** A question pushed over the long connection; resolves with the ACK and the bot's reply. */
async function ask(text: string) {
  const event = messageReceiveEvent({
    openId: WHO,
    text,
    chatType: 'p2p',
    chatId: p2pChatId(WHO),
    token: '',
    appId: APP.appId,
  });
  fake.recordPushed(event);
  const ack = await fake.longConnection.push(event);
  await bot.settle();
  const reply = await fake.waitFor(
    () => fake.messages.find((m) => m.parentId === event.event.message.message_id),
    5000,
  );
  return { ack, reply };
}

describe('LARK_MODE=websocket against a long-connection endpoint', () => {
  it('fetches its endpoint with the app credentials and keeps one connection open', () => {
    const pull = fake.requests.find((r) => r.path === '/callback/ws/endpoint');
    expect(pull?.body).toEqual({ AppID: APP.appId, AppSecret: APP.appSecret });
    expect(fake.longConnection.open).toBe(1);
  });

  it('handles a message event pushed as a frame, ACKs it, and the answer goes out by the API', async () => {
    const { ack, reply } = await ask('帮助');
    expect(ack.code).toBe(200);
    expect(reply.msgType).toBe('interactive');
  });

  it('answers a card click inside the ACK with the toast as JSON', async () => {
    const click = cardActionEvent({
      openId: WHO,
      token: '',
      appId: APP.appId,
      value: { action: 'no.such.action' },
      openMessageId: randomLarkId('om'),
      openChatId: p2pChatId(WHO),
    });
    const ack = await fake.longConnection.push(click);
    expect(ack).toEqual({
      code: 200,
      data: { toast: { type: 'error', content: '该卡片操作已失效，请重新发起。' } },
    });
  });

  it('reconnects after the socket dies and handles the next event', async () => {
    const before = fake.longConnection.connects;
    fake.longConnection.drop();
    await fake.waitFor(() => fake.longConnection.connects > before && fake.longConnection.open === 1, 5000);
    const { ack } = await ask('帮助');
    expect(ack.code).toBe(200);
  });

  it('notices a half-open socket by its ping timeout, reconnects, and handles the next event', async () => {
    const before = fake.longConnection.connects;
    fake.longConnection.silence();
    // Nothing closes the silent socket from the server side: only the client's ping timeout does.
    await fake.waitFor(() => fake.longConnection.connects > before && fake.longConnection.open === 1, 5000);
    const { ack } = await ask('帮助');
    expect(ack.code).toBe(200);
  });
});
