/**
 * The Lark edge under load, in one run: a bare route (the ceiling), signed and encrypted
 * `im.message.receive_v1` events while the inbox worker drains and the outbox sends to the fake Lark,
 * and approval decisions through the real card callback. The server is its own process, so its RSS
 * is measured alone. Run with `npx tsx bench/edge.ts [seconds]`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardActionEvent, messageReceiveEvent, p2pChatId, randomLarkId } from '../src/lark/payloads.js';
import { signedRequest } from '../src/lark/signing.js';
import { addCalendarDays, bureauToday } from '../src/time.js';
import { startFakeLark } from '../test/support/fake-lark.js';
import { serverCommand, startChildServer } from './support/child-server.js';
import { describe, load, type PreparedRequest } from './support/load.js';
import { machine } from './support/machine.js';

const SECONDS = Number(process.argv[2] ?? 10);
/**
 * `events` skips the approvals part, whose setup takes minutes; `ack` also runs no inbox worker or
 * outbox sender, to show what the edge alone costs; `approvals` runs only the warm-up and the
 * approvals part.
 */
const PART = process.argv[3] ?? 'all';
/**
 * The decisions' load runs 5 s at most: each needs a pending plan of its own, made through the API,
 * and as every submission's rules check reads the pending plans, 6,000 of them take minutes.
 */
const DECIDING_SECONDS = Math.min(SECONDS, 5);
const KEYS = {
  appId: 'cli_bench_app',
  appSecret: 'bench-app-secret',
  encryptKey: 'bench-encrypt-key',
  verificationToken: 'bench-verification-token',
  apiToken: 'bench-api-token',
};
const SENDERS = [
  'ou_demo_air_officer',
  'ou_demo_water_officer',
  'ou_demo_soil_officer',
  'ou_demo_legal_officer',
];
const APPROVER = 'ou_demo_air_head';

interface Stats {
  inboxPending: number;
  inboxTotal: number;
  outboxPending: number;
  outboxSent: number;
  outboxDead: number;
  decisions: number;
  walBytes: number;
}
interface Sizes {
  dbBytes: number;
  walBytes: number;
  tables: Record<string, number>;
}

const fake = await startFakeLark({ appId: KEYS.appId, appSecret: KEYS.appSecret });
const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
const server = await startChildServer(
  fileURLToPath(new URL('./support/bench-server.ts', import.meta.url)),
  {
    DATABASE_URL: `file:${join(dir, 'bench.db')}`,
    LARK_APP_ID: KEYS.appId,
    LARK_APP_SECRET: KEYS.appSecret,
    LARK_ENCRYPT_KEY: KEYS.encryptKey,
    LARK_VERIFICATION_TOKEN: KEYS.verificationToken,
    LARK_DOMAIN: fake.url,
    API_TOKEN: KEYS.apiToken,
    LOG_LEVEL: 'info',
    BENCH_ACK_ONLY: PART === 'ack' ? '1' : '0',
  },
  join(dir, 'server.log'),
);
const stats = async () => (await (await fetch(`${server.url}/bench/stats`)).json()) as Stats;
const checkpoint = async () =>
  (await (await fetch(`${server.url}/bench/checkpoint`, { method: 'POST' })).json()) as Sizes;

let peakUnderLoad = 0;
const sampler = setInterval(() => {
  peakUnderLoad = Math.max(peakUnderLoad, server.memory().rssKiB);
}, 100);

function messageEvents(n: number): PreparedRequest[] {
  return Array.from({ length: n }, (_, i) => {
    const openId = SENDERS[i % SENDERS.length]!;
    const payload = messageReceiveEvent({
      openId,
      text: '帮助',
      chatType: 'p2p',
      chatId: p2pChatId(openId),
      token: KEYS.verificationToken,
      appId: KEYS.appId,
    });
    fake.recordPushed(payload);
    return signedRequest({ body: payload, encryptKey: KEYS.encryptKey });
  });
}

/**
 * Pending plans of 大气环境科 awaiting the 科 head, created through the API as a user would. Their
 * dates are spread over a month: every submission's rules check reads the pending plans that overlap
 * it, so plans all on the same days would make the set-up quadratic.
 */
async function pendingPlans(n: number): Promise<string[]> {
  const body = (i: number) => {
    const from = addCalendarDays(bureauToday(), 1 + (i % 30));
    return JSON.stringify({
      applicant: 'ou_demo_air_officer',
      unit: 'air',
      type: 'random',
      basis: '《2026年度“双随机、一公开”抽查计划》',
      from,
      to: addCalendarDays(from, 1),
      enterprises: ['91140404A10YRXXR9P'],
      inspectors: ['ou_demo_air_officer', 'ou_demo_air_head'],
      content: '大气污染防治设施运行资料核查',
      methods: ['document-review'],
    });
  };
  const ids: string[] = [];
  let made = 0;
  const submit = async () => {
    while (made < n) {
      const res = await fetch(`${server.url}/api/v1/inspection-plans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.apiToken}` },
        body: body(made++),
      });
      const json = (await res.json()) as { id?: string };
      if (res.status !== 201 || !json.id)
        throw new Error(`plan refused: ${res.status} ${JSON.stringify(json)}`);
      ids.push(json.id);
    }
  };
  await Promise.all(Array.from({ length: 16 }, submit));
  return ids;
}

function decisions(ids: string[]): PreparedRequest[] {
  return ids.map((id) =>
    signedRequest({
      body: cardActionEvent({
        openId: APPROVER,
        token: KEYS.verificationToken,
        appId: KEYS.appId,
        value: { action: 'approval.decide', id, step: 0, decision: 'approve' },
        openMessageId: randomLarkId('om'),
        openChatId: p2pChatId(APPROVER),
      }),
      encryptKey: KEYS.encryptKey,
    }),
  );
}

/**
 * Waits for the inbox and, unless told not to, the outbox. The approvals' set-up sends every plan's
 * card to one approver, and the platform's per-person pace (5 a second) would make that wait minutes.
 */
async function drain(outbox = true): Promise<{ ms: number; last: Stats }> {
  const started = Date.now();
  for (;;) {
    const s = await stats();
    const done = PART === 'ack' || (s.inboxPending === 0 && (!outbox || s.outboxPending === 0));
    if (done) return { ms: Date.now() - started, last: s };
    await new Promise((r) => setTimeout(r, 200));
  }
}

const events = messageEvents(SECONDS * 6000);

// Warm the JIT and the connection pools on both paths before measuring.
await load(`${server.url}/bench/bare`, { seconds: 2 });
await load(`${server.url}/lark/events`, { seconds: 2, pool: events.splice(0, 4000) });
await drain();
const before = await checkpoint();
const baseline = await stats();

const bare = await load(`${server.url}/bench/bare`, { seconds: SECONDS });
const eventPart = PART === 'approvals' ? undefined : await measureEvents();
const approvals = PART === 'all' || PART === 'approvals' ? await measureDecisions() : undefined;
clearInterval(sampler);
const memory = server.memory();

async function measureEvents() {
  const result = await load(`${server.url}/lark/events`, { seconds: SECONDS, pool: events });
  const afterLoad = await stats();
  const drained = await drain();
  const after = await checkpoint();
  return { result, afterLoad, drained, after };
}

async function measureDecisions() {
  const creating = Date.now();
  // Enough pending plans for 1,200 decisions a second; more would only lengthen the set-up.
  const plans = await pendingPlans(DECIDING_SECONDS * 1200);
  const created = Date.now() - creating;
  await drain(false);
  const decided = await stats();
  const result = await load(`${server.url}/lark/events`, {
    seconds: DECIDING_SECONDS,
    pool: decisions(plans),
  });
  const after = await stats();
  const drained = await drain(false);
  return {
    plans: plans.length,
    created,
    result,
    made: after.decisions - decided.decisions,
    drainMs: drained.ms,
  };
}

console.log(machine());
console.log(
  `each load: ${SECONDS} s (decisions ${DECIDING_SECONDS} s), 50 connections, 127.0.0.1; server run as ${serverCommand()}`,
);
console.log(describe('bare route', bare));
if (eventPart) {
  const { result, afterLoad, drained, after } = eventPart;
  const accepted = afterLoad.inboxTotal - baseline.inboxTotal;
  console.log(describe('POST /lark/events', result, bare));
  console.log(
    `  ${accepted} distinct events stored; inbox pending at the end of the load ${afterLoad.inboxPending}, ` +
      `drained ${(drained.ms / 1000).toFixed(1)} s later; outbox sent ${drained.last.outboxSent}, ` +
      `dead ${drained.last.outboxDead}; fake Lark holds ${fake.messages.length} messages; ` +
      `write-ahead log at the end of the load ${(afterLoad.walBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const grown = after.dbBytes + after.walBytes - before.dbBytes - before.walBytes;
  const mib = (bytes: number) => ((bytes / accepted) * 10_000) / 1024 / 1024;
  const perTable = Object.entries(after.tables)
    .map(([name, bytes]) => [name, bytes - (before.tables[name] ?? 0)] as const)
    .filter(([, delta]) => delta > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, delta]) => `${name} ${mib(delta).toFixed(2)}`);
  console.log(
    `database growth: ${mib(grown).toFixed(2)} MiB per 10,000 events after a checkpoint (MiB: ${perTable.join(', ')})`,
  );
}
if (approvals) {
  console.log(describe('approval decide', approvals.result, bare));
  console.log(
    `  ${approvals.made} decisions = ${(approvals.made / approvals.result.seconds).toFixed(0)} decisions/s ` +
      `(${approvals.plans} pending plans made through the API in ${(approvals.created / 1000).toFixed(1)} s); ` +
      `every click worked ${(approvals.drainMs / 1000).toFixed(1)} s after the load (the cards then go out at the per-person pace)`,
  );
  if (approvals.made >= approvals.plans)
    console.log('  every pending plan was decided before the load ended: the rate is a lower bound');
}
console.log(
  `server RSS: peak ${(memory.peakRssKiB / 1024).toFixed(0)} MiB (VmHWM), highest sample under load ` +
    `${(peakUnderLoad / 1024).toFixed(0)} MiB, at the end ${(memory.rssKiB / 1024).toFixed(0)} MiB`,
);

await server.stop();
await fake.close();
