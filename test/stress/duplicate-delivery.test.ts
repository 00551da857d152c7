import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inbox, outbox } from '../../db/schema/index.js';
import { messageReceiveEvent, p2pChatId } from '../../src/lark/payloads.js';
import { signedRequest } from '../../src/lark/signing.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';
import { expectNoSecrets, expectSoundDatabase } from './support/checks.js';

const DAY = 86_400_000;
let fake: FakeLark;
let bot: Bot;
let clock = Date.now();

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => new Date(clock) });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

/** Lark signs every retry afresh: a new timestamp and nonce over the same event. */
function deliver(event: ReturnType<typeof messageReceiveEvent>): Promise<Response> {
  fake.recordPushed(event);
  const req = signedRequest({ body: event, encryptKey: TEST_KEYS.encryptKey });
  return fetch(`${bot.url}/lark/events`, { method: 'POST', headers: req.headers, body: req.body });
}

function helpEvent(openId: string) {
  return messageReceiveEvent({
    openId,
    text: '帮助',
    chatType: 'p2p',
    chatId: p2pChatId(openId),
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });
}

async function effects(messageId: string) {
  const rows = await bot.store.db.select().from(outbox).where(eq(outbox.target, messageId));
  const seen = fake.messages.filter((m) => m.parentId === messageId);
  return { rows, seen };
}

describe('one event delivered 20 times', () => {
  it('has one effect whether the copies arrive together, while it is handled, or a day later', async () => {
    const event = helpEvent('ou_demo_air_officer');
    const messageId = event.event.message.message_id;

    // Eight at once, before the worker has looked at any of them.
    const burst = await Promise.all(Array.from({ length: 8 }, () => deliver(event)));
    // Six more while the worker and the sender are running.
    const working = bot.settle();
    const during = await Promise.all(Array.from({ length: 6 }, () => deliver(event)));
    await working;
    await bot.settle();
    // Lark's later retries: after the reply went out, and a day on, when the prune job has run.
    const after = await Promise.all(Array.from({ length: 3 }, () => deliver(event)));
    clock += DAY;
    await bot.runtime.scheduler.tick();
    const nextDay = await Promise.all(Array.from({ length: 3 }, () => deliver(event)));
    await bot.settle();

    const all = [...burst, ...during, ...after, ...nextDay];
    expect(all).toHaveLength(20);
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(200));
    const rows = await bot.store.db.select().from(inbox).where(eq(inbox.messageId, messageId));
    expect(rows.map((r) => r.status)).toEqual(['done']);
    const { rows: sent, seen } = await effects(messageId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.status).toBe('sent');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.uuid).toBe(sent[0]!.uuid);
  });

  it('keeps 20 different events from 20 people apart while each is delivered 20 times', async () => {
    const people = [
      'ou_demo_water_officer',
      'ou_demo_soil_officer',
      'ou_demo_legal_officer',
      'ou_demo_enforcement_officer',
      'ou_demo_lucheng_officer',
    ];
    const events = Array.from({ length: 20 }, (_, i) => helpEvent(people[i % people.length]!));
    const copies = events.flatMap((e) => Array.from({ length: 20 }, () => e));
    // Interleaved rather than grouped, so copies of one event race copies of the others.
    copies.sort(() => Math.random() - 0.5);
    const first = await Promise.all(copies.slice(0, 200).map(deliver));
    await bot.settle();
    const second = await Promise.all(copies.slice(200).map(deliver));
    await bot.settle();
    expect([...first, ...second].every((r) => r.status === 200)).toBe(true);
    for (const e of events) {
      const { rows, seen } = await effects(e.event.message.message_id);
      expect(rows).toHaveLength(1);
      expect(seen).toHaveLength(1);
    }
  });

  it('leaves a sound database and no secret in the log', async () => {
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs, [fake.appSecret]);
  });
});
