import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { card, markdown } from '../../cards/kit.js';
import { buzz, patchCard, sendTo } from '../../src/app/replies.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';
import { expectNoSecrets, expectSoundDatabase } from './support/checks.js';

let fake: FakeLark;
let bot: Bot;

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, sender: { baseDelayMs: 10, maxAttempts: 6 } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

const PEOPLE = [
  'ou_demo_air_officer',
  'ou_demo_water_officer',
  'ou_demo_soil_officer',
  'ou_demo_legal_officer',
  'ou_demo_eia_officer',
  'ou_demo_nature_officer',
  'ou_demo_enforcement_officer',
  'ou_demo_lucheng_officer',
];
const MESSAGES = '/open-apis/im/v1/messages';

async function rows() {
  return bot.store.db.select().from(outbox);
}

/** Kicks the sender until nothing is pending; vitest's timeout bounds it. */
async function deliverAll(): Promise<void> {
  for (;;) {
    await bot.runtime.sender.kick();
    const all = await rows();
    const dead = all.filter((r) => r.status === 'dead');
    if (dead.length > 0) throw new Error(`dead rows: ${dead.map((r) => r.lastError).join('; ')}`);
    if (all.every((r) => r.status === 'sent')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the fake Lark failing for a while', () => {
  it('delivers every outbox message exactly once after it recovers', async () => {
    // The token endpoint fails first, then message calls answer 500, then 429 with a reset header:
    // more failures than maxAttempts per person, since each person's first message takes the hits.
    fake.failNext(3, { status: 500, pathPrefix: '/open-apis/auth/' });
    fake.failNext(16, { status: 500, pathPrefix: MESSAGES });
    fake.failNext(80, { status: 429, resetSeconds: 0, pathPrefix: MESSAGES });

    for (let i = 0; i < 12; i++) await bot.sendText(PEOPLE[i % PEOPLE.length]!, '帮助');
    await bot.runtime.worker.kick();
    for (let i = 0; i < 20; i++)
      await bot.store.write((tx) => sendTo(tx, PEOPLE[i % PEOPLE.length]!, `通知 ${i}`));
    for (let i = 0; i < 5; i++) {
      const ref = `stress:card:${i}`;
      const to = PEOPLE[i % PEOPLE.length]!;
      await bot.store.write(async (tx) => {
        await sendTo(tx, to, card('待办', 'blue', [markdown(`第 ${i} 项待办`)]), ref);
        await patchCard(tx, ref, to, card('已办', 'grey', [markdown(`第 ${i} 项已办结`)]));
        await buzz(tx, ref, to);
      });
    }
    await deliverAll();

    const all = await rows();
    expect(all).toHaveLength(12 + 20 + 15);
    expect(all.reduce((n, r) => n + r.attempts, 0)).toBeGreaterThan(all.length);
    const created = all.filter((r) => r.kind === 'send' || r.kind === 'reply');
    for (const row of created) {
      const seen = fake.messages.filter((m) => m.uuid === row.uuid);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.messageId).toBe(row.messageId);
    }
    expect(fake.messages).toHaveLength(created.length);
    for (const person of PEOPLE) {
      const queued = created.filter((r) => r.recipient === person).map((r) => r.uuid);
      const arrived = fake.messages.filter((m) => queued.includes(m.uuid!)).map((m) => m.uuid);
      expect(arrived).toEqual(queued);
    }
    for (let i = 0; i < 5; i++) {
      const sent = created.find((r) => r.cardRef === `stress:card:${i}`)!;
      const message = fake.messages.find((m) => m.messageId === sent.messageId)!;
      expect(message.content).toContain(`第 ${i} 项已办结`);
      expect(message.urgentTo).toEqual([sent.recipient]);
    }
  });

  it('leaves a sound database and no secret in the log', async () => {
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs);
  });
});
