/**
 * Sending within Lark's limits, in two numbers. (1) 200 answers queued at once for one person, sent
 * through the real SDK to the fake Lark, which refuses a sixth message in a second with 230020 as the
 * platform does: how long until all are delivered, how many the fake refused, how many died. The
 * platform's 5 a second makes 40 s the floor. (2) What pacing adds to a send that is under every
 * limit: the time `Pacer.acquire` takes when it does not wait, over 20,000 sends to 8 people at 14 a
 * second (a manual clock, so the run takes no real time). Run with `npx tsx bench/pacing.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { outbox } from '../db/schema/index.js';
import { sendTo } from '../src/app/replies.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { Pacer } from '../src/outbox/pacer.js';
import { createRuntime } from '../src/runtime.js';
import { loadStartupData } from '../src/seed.js';
import { openStore } from '../src/store/db.js';
import { startFakeLark } from '../test/support/fake-lark.js';
import { machine } from './support/machine.js';

const COUNT = 200;
const WHO = 'ou_demo_air_officer';

async function burstToOnePerson(): Promise<void> {
  const keys = { appId: 'cli_pacing_bench', appSecret: 'pacing-bench-secret' };
  const fake = await startFakeLark(keys);
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-pacing-'));
  const config = loadConfig({
    DATABASE_URL: `file:${join(dir, 'bench.db')}`,
    LARK_APP_ID: keys.appId,
    LARK_APP_SECRET: keys.appSecret,
    LARK_DOMAIN: fake.url,
    LARK_ENCRYPT_KEY: 'bench-encrypt-key',
    LOG_LEVEL: 'error',
  });
  const log = createLogger('error');
  const store = await openStore(config.databaseUrl);
  await loadStartupData(store, config, log);
  const runtime = createRuntime({ config, store, log, sender: { pollMs: 200 } });
  await store.write(async (tx) => {
    for (let i = 0; i < COUNT; i++) await sendTo(tx, WHO, `第 ${i + 1} 条答复`);
  });
  const started = performance.now();
  runtime.sender.start();
  for (;;) {
    const rows = await store.db
      .select({ status: outbox.status })
      .from(outbox)
      .where(eq(outbox.recipient, WHO));
    if (rows.every((r) => r.status !== 'pending')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  runtime.stop();
  const rows = await store.db.select().from(outbox).where(eq(outbox.recipient, WHO));
  const sends = fake.requests.filter((r) => r.path === '/open-apis/im/v1/messages').length;
  const delivered = fake.sentTo(WHO).map((m) => JSON.parse(m.content) as { text: string });
  const inOrder = delivered.every((m, i) => m.text === `第 ${i + 1} 条答复`);
  console.log(
    `${COUNT} answers to one person: all delivered in ${seconds.toFixed(1)} s (floor 40 s at 5/s), ` +
      `${rows.filter((r) => r.status === 'sent').length} sent, ${rows.filter((r) => r.status === 'dead').length} dead, ` +
      `${sends - delivered.length} refused by the fake with 230020, in order: ${inOrder}`,
  );
  store.close();
  await fake.close();
}

async function overheadUnderTheLimit(): Promise<void> {
  let t = 0;
  let slept = 0;
  const pacer = new Pacer(undefined, {
    now: () => t,
    sleep: (ms) => {
      slept += 1;
      t += ms;
      return Promise.resolve();
    },
  });
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    t += 70;
    const begin = performance.now();
    const done = await pacer.acquire(`to:person-${i % 8}`);
    samples.push(performance.now() - begin);
    done();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(4);
  console.log(
    `pacing overhead on a send under the limit: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${samples.at(-1)!.toFixed(3)} ms ` +
      `(${samples.length} sends, ${slept} waits)`,
  );
}

console.log(machine());
await overheadUnderTheLimit();
await burstToOnePerson();
