import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inbox, outbox } from '../../db/schema/index.js';
import type { FollowUpHandler } from '../../src/app/follow-ups.js';
import { MessageRouter } from '../../src/app/message-router.js';
import type { Services } from '../../src/app/services.js';
import { workDispatch } from '../../src/app/work-dispatch.js';
import { loadConfig } from '../../src/config.js';
import { messageReceiveEvent } from '../../src/lark/payloads.js';
import { createLogger } from '../../src/log.js';
import { loadStartupData } from '../../src/seed.js';
import { openStore, type Store } from '../../src/store/db.js';
import { enqueueFollowUp } from '../../src/work-queue/follow-up-jobs.js';
import { acceptEvent, MESSAGE_EVENT } from '../../src/work-queue/inbound-events.js';
import { AlreadyProcessed } from '../../src/work-queue/queue-table.js';
import type { QueuedWork } from '../../src/work-queue/queue-worker.js';
import { TEST_KEYS } from '../support/harness.js';

let store: Store;
let services: Services;
let outboxKicks = 0;
const echoed: string[] = [];
const followed: unknown[] = [];

const messages = new MessageRouter().register({
  name: 'echo',
  matches: (text) => text.startsWith('回声'),
  handle: async (ctx) => {
    echoed.push(ctx.msg.text);
    await ctx.answer(`收到：${ctx.msg.text}`);
  },
});

/** Notes the payload and the directory it was given, and marks its row done in its one write. */
const noted: FollowUpHandler = async ({ services: s, directory, payload, done }) => {
  followed.push({ payload, people: directory.people.length > 0 });
  await s.store.write(done);
};

const dispatch = () => workDispatch(services, { messages, followUps: new Map([['test.noted', noted]]) });

beforeAll(async () => {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'zhifa-dispatch-')), 'bot.db');
  const config = loadConfig({ DATABASE_URL: `file:${dbFile}` });
  store = await openStore(config.databaseUrl);
  const log = createLogger('error');
  await loadStartupData(store, config, log);
  services = {
    config,
    store,
    log,
    now: () => new Date(),
    kickOutbox: () => void outboxKicks++,
    kickFollowUps: () => undefined,
  };
});
afterAll(() => store.close());

/** Queues a text message as the edge does and returns the row as the worker hands it on. */
async function queuedText(openId: string, text: string, senderType = 'user'): Promise<QueuedWork> {
  const e = messageReceiveEvent({
    openId,
    text,
    chatType: 'p2p',
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });
  const payload = { ...e.header, ...e.event, sender: { ...e.event.sender, sender_type: senderType } };
  const eventId = e.header.event_id;
  await acceptEvent(store, {
    eventId,
    eventType: MESSAGE_EVENT,
    messageId: e.event.message.message_id,
    payload,
  });
  return { eventId, eventType: MESSAGE_EVENT, payload };
}

async function statusOf(eventId: string) {
  const [row] = await store.db.select().from(inbox).where(eq(inbox.eventId, eventId));
  return row?.status;
}

async function repliesTo(openId: string) {
  return (await store.db.select().from(outbox).where(eq(outbox.recipient, openId))).map((r) => r.content);
}

describe('the work dispatch', () => {
  it('hands a message event to the intents, whose answer and done mark land together', async () => {
    const work = await queuedText('ou_demo_air_officer', '回声 一');
    await dispatch()(work);
    expect(echoed).toEqual(['回声 一']);
    expect(await repliesTo('ou_demo_air_officer')).toEqual([JSON.stringify({ text: '收到：回声 一' })]);
    expect(await statusOf(work.eventId)).toBe('done');

    // A replay (a second worker, a crash before the worker moved on) finds the row done and writes nothing.
    await expect(dispatch()(work)).rejects.toBeInstanceOf(AlreadyProcessed);
    expect(echoed).toEqual(['回声 一', '回声 一']);
    expect(await repliesTo('ou_demo_air_officer')).toHaveLength(1);
  });

  it('marks a message the bot does not answer done, and runs no intent', async () => {
    const work = await queuedText('ou_demo_air_head', '回声 二', 'app');
    await dispatch()(work);
    expect(echoed).not.toContain('回声 二');
    expect(await repliesTo('ou_demo_air_head')).toEqual([]);
    expect(await statusOf(work.eventId)).toBe('done');
  });

  it('runs a follow-up by its type, with the directory, and kicks the outbox after', async () => {
    const work = { eventId: 'test.noted:1', eventType: 'test.noted', payload: { n: 1 } };
    await store.write((tx) =>
      enqueueFollowUp(tx, { id: work.eventId, type: work.eventType, payload: work.payload }),
    );
    const kicks = outboxKicks;
    await dispatch()(work);
    expect(followed).toEqual([{ payload: { n: 1 }, people: true }]);
    expect(outboxKicks).toBe(kicks + 1);
    expect(await statusOf(work.eventId)).toBe('done');
  });

  it('fails a row of a type nothing handles and leaves it pending for the worker to count the attempt', async () => {
    const work = { eventId: 'test.retired:1', eventType: 'test.retired', payload: {} };
    await store.write((tx) =>
      enqueueFollowUp(tx, { id: work.eventId, type: work.eventType, payload: work.payload }),
    );
    await expect(dispatch()(work)).rejects.toThrow('no handler for test.retired');
    expect(await statusOf(work.eventId)).toBe('pending');
  });
});
