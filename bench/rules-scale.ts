/**
 * A rules check at scale: 10,000 enterprises and 200,000 past inspections (100,000 approved plans of
 * two enterprises each) in a libSQL file, then timed checks of random plans, each reading its context
 * from the database. Run with `npx tsx bench/rules-scale.ts [checks]`.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/directory/directory-repo.js';
import { evaluateInspection, type InspectionProposal } from '../src/domain/rules/index.js';
import { buildRulesContext } from '../src/features/approvals/rules-context.js';
import { createLogger } from '../src/log.js';
import { loadStartupData } from '../src/seed.js';
import { openStore } from '../src/store/db.js';
import { machine } from './support/machine.js';
import { loadHistory, loadRegistry, makeEnterprises, random, randomPlan } from './support/scale-data.js';

const CHECKS = Number(process.argv[2] ?? 2000);
const TODAY = '2026-11-26';
const rnd = random(36);

const file = join(mkdtempSync(join(tmpdir(), 'zhifa-scale-')), 'scale.db');
const config = loadConfig({ DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn' });
const store = await openStore(config.databaseUrl);
await loadStartupData(store, config, createLogger('warn'));
const directory = (await loadDirectory(store.db))!;

const loading = performance.now();
const registry = makeEnterprises(10_000, rnd);
await loadRegistry(store, registry);
await loadHistory(store, directory, registry, 100_000, rnd);
const loadedIn = performance.now() - loading;
// As the server does once a burst of writes is over (src/store/wal-checkpointer.ts).
await store.wal?.checkpoint();
const count = async (table: string) =>
  Number((await store.client.execute(`SELECT count(*) FROM ${table}`)).rows[0]?.[0] ?? 0);

function proposal(): InspectionProposal {
  return randomPlan(directory, registry, rnd, TODAY, 60);
}

type Timing = { total: number[]; evaluate: number[] };

async function run(
  n: number,
  read: (p: InspectionProposal) => Promise<Parameters<typeof evaluateInspection>[1]>,
): Promise<Timing> {
  const timing: Timing = { total: [], evaluate: [] };
  for (let i = 0; i < n; i++) {
    const p = proposal();
    const t0 = performance.now();
    const ctx = await read(p);
    const t1 = performance.now();
    evaluateInspection(p, ctx);
    const t2 = performance.now();
    timing.total.push(t2 - t0);
    timing.evaluate.push(t2 - t1);
  }
  return timing;
}

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(2);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`;
}

// A handler reads the directory once per request (to know who is acting) and hands it on; the
// second variant reads it again for the check.
const check = (p: InspectionProposal) => buildRulesContext(store.db, store.db, directory, p, TODAY);
const withDirectory = (p: InspectionProposal) =>
  loadDirectory(store.db).then((dir) => buildRulesContext(store.db, store.db, dir!, p, TODAY));

await run(200, check);
const timed = await run(CHECKS, check);
const timedWithDirectory = await run(CHECKS, withDirectory);

console.log(machine());
console.log(
  `loaded in ${(loadedIn / 1000).toFixed(1)} s: ${await count('enterprises')} enterprises, ` +
    `${await count('inspections')} past inspections, ${await count('approval_requests')} plans ` +
    `(${await count("approval_requests WHERE status = 'pending'")} pending); ` +
    `database ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB`,
);
console.log(
  `rules check, context by the approvals feature's buildRulesContext (${timed.total.length} checks): ${percentiles(timed.total)}`,
);
console.log(`  of which evaluateInspection alone: ${percentiles(timed.evaluate)}`);
console.log(`  reading the directory as well: ${percentiles(timedWithDirectory.total)}`);
store.close();
