import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { sendTo } from '../../src/app/replies.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

let fake: FakeLark;
let bot: Bot;

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, sender: { maxAttempts: 4, baseDelayMs: 10 } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});
afterEach(() => fake.reset());

async function enqueueText(openId: string, text: string): Promise<number> {
  await bot.store.write((tx) => sendTo(tx, openId, text));
  const rows = await bot.store.db.select().from(outbox).where(eq(outbox.recipient, openId));
  return rows.at(-1)!.id;
}

async function row(id: number) {
  const [r] = await bot.store.db.select().from(outbox).where(eq(outbox.id, id));
  return r!;
}

async function until(cond: () => Promise<boolean>, ms = 8000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await bot.runtime.sender.kick();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
}

describe('outbox sender', () => {
  it('delivers through the SDK with the row uuid as the idempotency key', async () => {
    const id = await enqueueText('ou_demo_air_officer', '你好');
    await until(async () => (await row(id)).status === 'sent');
    const r = await row(id);
    const sent = fake.messages.filter((m) => m.uuid === r.uuid);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.receiveId).toBe('ou_demo_air_officer');
    expect(r.messageId).toBe(sent[0]!.messageId);
  });

  it('retries after HTTP 500 and delivers exactly once', async () => {
    fake.failNext(2, { status: 500, pathPrefix: '/open-apis/im/v1/messages' });
    const id = await enqueueText('ou_demo_water_officer', '重试');
    await until(async () => (await row(id)).status === 'sent');
    const r = await row(id);
    expect(r.attempts).toBe(3);
    expect(fake.messages.filter((m) => m.uuid === r.uuid)).toHaveLength(1);
  });

  it('waits for x-ogw-ratelimit-reset after a 429', async () => {
    fake.failNext(1, { status: 429, resetSeconds: 1, pathPrefix: '/open-apis/im/v1/messages' });
    const id = await enqueueText('ou_demo_soil_officer', '限流');
    await bot.runtime.sender.kick();
    const waiting = await row(id);
    expect(waiting.status).toBe('pending');
    expect(Date.parse(waiting.nextAttemptAt) - Date.now()).toBeGreaterThan(500);
    await until(async () => (await row(id)).status === 'sent', 5000);
    expect(fake.messages.filter((m) => m.uuid === waiting.uuid)).toHaveLength(1);
  });

  it('treats HTTP 200 with a non-zero code as a failure', async () => {
    fake.failNext(1, {
      status: 200,
      code: 230002,
      msg: 'bot not in chat',
      pathPrefix: '/open-apis/im/v1/messages',
    });
    const id = await enqueueText('ou_demo_eia_officer', '非零');
    await until(async () => (await row(id)).status === 'sent');
    expect((await row(id)).attempts).toBe(2);
  });

  it('marks a row dead after the bounded attempts and counts it on /healthz', async () => {
    fake.failNext(10, { status: 500, pathPrefix: '/open-apis/im/v1/messages' });
    const id = await enqueueText('ou_demo_legal_officer', '失败');
    await until(async () => (await row(id)).status === 'dead');
    expect((await row(id)).attempts).toBe(4);
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { outbox: { dead: number } };
    expect(health.outbox.dead).toBeGreaterThanOrEqual(1);
  });

  it('never writes the app secret or a token to the log', async () => {
    const joined = bot.logs.join('\n');
    expect(joined.length).toBeGreaterThan(0);
    for (const secret of [
      TEST_KEYS.appSecret,
      TEST_KEYS.encryptKey,
      TEST_KEYS.verificationToken,
      TEST_KEYS.apiToken,
    ])
      expect(joined).not.toContain(secret);
    expect(joined).not.toMatch(/t-[A-Za-z0-9]{16,}/);
  });
});

describe('a wrong app secret', () => {
  it('fails the send without leaking the secret into the log', async () => {
    const wrong = await startBot({
      fakeLark: fake,
      env: { LARK_APP_ID: 'cli_other_app', LARK_APP_SECRET: 'very-secret-wrong-value' },
      sender: { maxAttempts: 2, baseDelayMs: 10 },
    });
    await wrong.store.write((tx) => sendTo(tx, 'ou_demo_air_officer', 'x'));
    for (let i = 0; i < 20; i++) {
      await wrong.runtime.sender.kick();
      await new Promise((r) => setTimeout(r, 20));
    }
    const [r] = await wrong.store.db.select().from(outbox);
    expect(r!.status).toBe('dead');
    expect(wrong.logs.join('\n')).not.toContain('very-secret-wrong-value');
    await wrong.close();
  });
});
