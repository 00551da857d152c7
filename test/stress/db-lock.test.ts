import { eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalRequests, approvalSteps, inbox, localMessages } from '../../db/schema/index.js';
import { sendTo } from '../../src/app/replies.js';
import { acceptEvent } from '../../src/work-queue/inbound-events.js';
import { messageReceiveEvent, randomLarkId } from '../../src/lark/payloads.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';
import { COKING, CHEMICAL, planBody, TODAY_10AM } from './support/approvals.js';
import { expectNoSecrets, expectSoundDatabase } from './support/checks.js';
import { runTs } from '../support/child.js';

const HOLDER = fileURLToPath(new URL('./support/hold-lock.ts', import.meta.url));
const PEOPLE = [
  'ou_demo_air_officer',
  'ou_demo_water_officer',
  'ou_demo_soil_officer',
  'ou_demo_legal_officer',
];
let bot: Bot;

beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot.settle();
  await bot.close();
});

/** Another process takes the write lock for `ms`; resolves once it holds it. */
async function lockFor(ms: number) {
  const holder = runTs(HOLDER, [bot.config.databaseUrl.slice('file:'.length), String(ms)]);
  await holder.waitFor(/^locked$/);
  return holder;
}

async function repliesTo(messageId: string) {
  return bot.store.db.select().from(localMessages).where(eq(localMessages.replyTo, messageId));
}

function sendHelp(i: number) {
  const messageId = randomLarkId('om');
  return bot.sendText(PEOPLE[i % PEOPLE.length]!, '帮助', { messageId }).then((res) => ({ res, messageId }));
}

/** An event the edge has stored but no worker has picked up yet; returns its message id. */
async function acceptHelp(openId: string): Promise<string> {
  const e = messageReceiveEvent({
    openId,
    text: '帮助',
    chatType: 'p2p',
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });
  const messageId = e.event.message.message_id;
  await acceptEvent(bot.store, {
    eventId: e.header.event_id,
    eventType: 'im.message.receive_v1',
    messageId,
    payload: { ...e.header, ...e.event },
  });
  return messageId;
}

describe('the database locked by another process', () => {
  it('makes requests wait out a short lock, then does all of them', async () => {
    const holder = await lockFor(1500);
    const [events, plan] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, (_, i) => sendHelp(i))),
      bot.post('/api/v1/inspection-plans', planBody(COKING)),
    ]);
    await holder.exited;
    expect(events.map((e) => e.res.status)).toEqual(Array(10).fill(200));
    expect(plan.status).toBe(201);
    await bot.settle();
    for (const e of events) expect(await repliesTo(e.messageId)).toHaveLength(1);
  });

  it('answers 503 when a lock outlasts the wait, stores nothing for those requests, and recovers', async () => {
    const holder = await lockFor(7000);
    // Alone in the queue, the first write gives up after five seconds; what queues behind it waits
    // for the lock to go and then succeeds (or, on a slow machine, gives up with the first).
    const first = sendHelp(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [events, plan] = await Promise.all([
      Promise.all(Array.from({ length: 9 }, (_, i) => sendHelp(i + 1))),
      bot.post('/api/v1/inspection-plans', planBody(CHEMICAL)),
    ]);
    const refused = await first;
    await holder.exited;
    expect(refused.res.status).toBe(503);
    expect(await refused.res.json()).toEqual({ error: 'database busy, retry later' });
    expect(events.every((e) => [200, 503].includes(e.res.status))).toBe(true);
    expect([201, 503]).toContain(plan.status);
    await bot.settle();

    const all = [refused, ...events];
    for (const e of all) {
      const stored = await bot.store.db.select().from(inbox).where(eq(inbox.messageId, e.messageId));
      if (e.res.status === 503) expect(stored).toEqual([]);
      else expect(await repliesTo(e.messageId)).toHaveLength(1);
    }
    // Lark retries what was not acknowledged; now it goes through.
    for (const e of all.filter((x) => x.res.status === 503))
      expect((await bot.sendText('ou_demo_air_officer', '帮助', { messageId: e.messageId })).status).toBe(
        200,
      );
    if (plan.status === 503)
      expect((await bot.post('/api/v1/inspection-plans', planBody(CHEMICAL))).status).toBe(201);
    await bot.settle();
    for (const e of all) expect(await repliesTo(e.messageId)).toHaveLength(1);
  });

  it('keeps the worker and the sender alive when their writes fail, and catches up after', async () => {
    bot.runtime.stop();
    const pending = await acceptHelp('ou_demo_eia_officer');
    await bot.store.write((tx) => sendTo(tx, 'ou_demo_water_officer', '锁定期间的通知'));
    const holder = await lockFor(6000);
    await Promise.all([bot.runtime.worker.kick(), bot.runtime.sender.kick()]);
    await holder.exited;
    bot.runtime.start();
    await bot.settle();
    expect(await repliesTo(pending)).toHaveLength(1);
    const notices = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.openId, 'ou_demo_water_officer'));
    expect(notices.filter((m) => m.content.includes('锁定期间的通知'))).toHaveLength(1);
    expect(bot.logs.join('\n')).toMatch(/(inbox|outbox) drain stopped, will retry/);
  });

  it('leaves no request without its steps, a sound database and no secret in the log', async () => {
    const requests = await bot.store.db.select().from(approvalRequests);
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      const steps = await bot.store.db.select().from(approvalSteps).where(eq(approvalSteps.requestId, r.id));
      expect(steps.length).toBeGreaterThan(0);
    }
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs);
  });
});
