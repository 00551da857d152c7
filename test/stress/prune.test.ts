import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardActions, inbox, outbox } from '../../db/schema/index.js';
import { card, markdown } from '../../cards/kit.js';
import { sendTo } from '../../src/app/replies.js';
import { pruneProcessed } from '../../src/retention.js';
import { acceptEvent } from '../../src/work-queue/inbound-events.js';
import { startBot, type Bot } from '../support/harness.js';
import { expectSoundDatabase } from './support/checks.js';

const DAY = 86_400_000;
let bot: Bot;
let clock = Date.now();

beforeAll(async () => {
  // Only the runtime's timers are stepped; the HTTP server and the database keep real time.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  bot = await startBot({ now: () => new Date(clock), sender: { pollMs: 60_000 } });
});
afterAll(async () => {
  vi.useRealTimers();
  await bot.settle();
  await bot.close();
});

const counts = async () => ({
  inbox: (await bot.store.db.select().from(inbox)).length,
  cardActions: (await bot.store.db.select().from(cardActions)).length,
  outbox: (await bot.store.db.select().from(outbox)).length,
});

describe('pruning the inbox and the callback answers', () => {
  it('runs on the scheduler, keeps a week for redeliveries, then lets the tables shrink', async () => {
    const messageId = 'om_prune_0';
    for (let i = 0; i < 20; i++)
      await bot.sendText('ou_demo_air_officer', '帮助', i === 0 ? { messageId } : {});
    for (let i = 0; i < 5; i++)
      await bot.click('ou_demo_air_head', {
        action: 'approval.decide',
        id: 'JC-2026-9999',
        step: 0,
        decision: 'approve',
      });
    // A card later patches need: its row outlives the prune.
    await bot.store.write((tx) =>
      sendTo(tx, 'ou_demo_air_head', card('待办', 'blue', [markdown('待办')]), 'prune:card'),
    );
    await bot.settle();
    expect(await counts()).toEqual({ inbox: 20, cardActions: 5, outbox: 21 });

    // Six days on, the scheduler has run many times and every id is still known.
    clock += 6 * DAY;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(await counts()).toEqual({ inbox: 20, cardActions: 5, outbox: 21 });
    await bot.sendText('ou_demo_air_officer', '帮助', { messageId });
    await bot.settle();
    expect((await counts()).inbox).toBe(20);

    // Past seven days, the next scheduled run removes them.
    clock += 2 * DAY;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(await counts()).toEqual({ inbox: 0, cardActions: 0, outbox: 1 });
    expect((await bot.store.db.select().from(outbox))[0]!.cardRef).toBe('prune:card');
  });

  it('never prunes an event that is still waiting to be handled', async () => {
    bot.runtime.stop();
    await acceptEvent(bot.store, {
      eventId: 'still-pending',
      eventType: 'im.message.receive_v1',
      payload: {},
    });
    expect(await pruneProcessed(bot.store, 7, new Date(clock + 30 * DAY))).toBe(0);
    expect((await bot.store.db.select().from(inbox)).map((r) => r.status)).toEqual(['pending']);
    bot.runtime.start();
    await bot.settle();
    await expectSoundDatabase(bot.store);
  });
});
