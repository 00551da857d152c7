import { createClient, type Client } from '@libsql/client';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageReceiveEvent, p2pChatId } from '../../src/lark/payloads.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { botProcessEnv, postSignedEvent, TEST_KEYS } from '../support/harness.js';
import { expectNoSecrets } from './support/checks.js';
import { freePort, runTs, type Child } from '../support/child.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const PEOPLE = [
  'ou_demo_air_officer',
  'ou_demo_water_officer',
  'ou_demo_soil_officer',
  'ou_demo_legal_officer',
];
const EVENTS = 150;
const KILL_AFTER_ACKS = 50;

let fake: FakeLark;
let dbFile: string;
let port: number;
let db: Client;
const output: string[] = [];

async function startServer(): Promise<Child> {
  const child = runTs(MAIN, [], botProcessEnv(port, dbFile, fake));
  await child.waitFor(/已启动/);
  return child;
}

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  dbFile = join(mkdtempSync(join(tmpdir(), 'zhifa-kill-')), 'bot.db');
  port = await freePort();
  db = createClient({ url: `file:${dbFile}` });
});
afterAll(async () => {
  db.close();
  await fake.close();
});

const events = Array.from({ length: EVENTS }, (_, i) => {
  const openId = PEOPLE[i % PEOPLE.length]!;
  return messageReceiveEvent({
    openId,
    text: '帮助',
    chatType: 'p2p',
    chatId: p2pChatId(openId),
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });
});

async function deliver(event: (typeof events)[number]): Promise<boolean> {
  try {
    return (await postSignedEvent(`http://127.0.0.1:${port}`, event, TEST_KEYS.encryptKey)).status === 200;
  } catch {
    return false;
  }
}

async function count(sql: string): Promise<number> {
  return Number((await db.execute(sql)).rows[0]?.[0] ?? 0);
}

/** Waits until the server has nothing left to do; vitest's timeout bounds it. */
async function drained(): Promise<void> {
  for (;;) {
    const left = await count(
      "SELECT (SELECT count(*) FROM inbox WHERE status = 'pending') + (SELECT count(*) FROM outbox WHERE status = 'pending')",
    );
    if (left === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const repliesTo = (event: (typeof events)[number]) =>
  fake.messages.filter((m) => m.parentId === event.event.message.message_id);

describe('kill -9 during a load of events', () => {
  it(
    'gives every acknowledged event its effect after a restart, and nothing twice',
    { timeout: 120_000 },
    async () => {
      for (const e of events) fake.recordPushed(e);
      const first = await startServer();
      const acked = new Set<number>();
      let next = 0;
      let killed = false;
      const sender = async () => {
        while (next < EVENTS) {
          const i = next++;
          if (await deliver(events[i]!)) acked.add(i);
          if (!killed && acked.size >= KILL_AFTER_ACKS) {
            killed = true;
            first.process.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, sender));
      expect(await first.exited).toBe(null);
      output.push(...first.output);
      expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(acked.size).toBeLessThan(EVENTS);

      const second = await startServer();
      await drained();
      for (const i of acked) expect(repliesTo(events[i]!)).toHaveLength(1);
      for (const e of events) expect(repliesTo(e).length).toBeLessThanOrEqual(1);

      // Lark redelivers what it never got a 200 for, and sometimes what it did.
      const unacked = events.filter((_, i) => !acked.has(i));
      for (const e of [...unacked, ...events.slice(0, 20)]) expect(await deliver(e)).toBe(true);
      await drained();
      for (const e of events) expect(repliesTo(e)).toHaveLength(1);
      const uuids = fake.messages.map((m) => m.uuid);
      expect(new Set(uuids).size).toBe(uuids.length);

      second.process.kill('SIGTERM');
      await second.exited;
      output.push(...second.output);
      const check = await db.execute('PRAGMA integrity_check');
      expect(check.rows.map((r) => String(r[0]))).toEqual(['ok']);
    },
  );

  it('wrote no secret to its output', () => {
    expect(output.length).toBeGreaterThan(0);
    expectNoSecrets(output);
  });
});
