/**
 * The server a benchmark measures, run as its own process so its RSS is its own: the real runtime
 * (config, store, inbox worker, outbox sender to the fake Lark given in LARK_DOMAIN), plus a bare
 * route as the ceiling and the stats the driver polls. Prints `{"port":…}` when listening.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { statSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createRuntime } from '../../src/runtime.js';
import { loadStartupData } from '../../src/seed.js';
import { openStore } from '../../src/store/db.js';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const store = await openStore(config.databaseUrl);
await loadStartupData(store, config, log);
// BENCH_ACK_ONLY measures the edge alone: nothing drains the inbox.
const ackOnly = process.env.BENCH_ACK_ONLY === '1';
const runtime = createRuntime({ config, store, log, ...(ackOnly ? { afterAck: () => undefined } : {}) });

const dbFile = config.databaseUrl.slice('file:'.length);
const root = new Hono();
root.get('/bench/bare', (c) => c.json({ ok: true }));
root.get('/bench/stats', async (c) => {
  const count = async (sql: string) => Number((await store.client.execute(sql)).rows[0]?.[0] ?? 0);
  return c.json({
    inboxPending: await count("SELECT count(*) FROM inbox WHERE status = 'pending'"),
    inboxTotal: await count('SELECT count(*) FROM inbox'),
    outboxPending: await count("SELECT count(*) FROM outbox WHERE status = 'pending'"),
    outboxSent: await count("SELECT count(*) FROM outbox WHERE status = 'sent'"),
    outboxDead: await count("SELECT count(*) FROM outbox WHERE status = 'dead'"),
    decisions: await count('SELECT count(*) FROM approval_decisions'),
    dbBytes: fileSize(dbFile),
    walBytes: fileSize(`${dbFile}-wal`),
  });
});
root.post('/bench/checkpoint', async (c) => {
  await store.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  const rows = await store.client.execute(
    'SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
  );
  return c.json({
    dbBytes: fileSize(dbFile),
    walBytes: fileSize(`${dbFile}-wal`),
    tables: Object.fromEntries(rows.rows.map((r) => [String(r.name), Number(r.bytes)])),
  });
});
root.route('/', runtime.app);

if (!ackOnly) runtime.start();
// A clean exit, so that a --cpu-prof run writes its profile.
process.on('SIGTERM', () => process.exit(0));
serve({ fetch: root.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
