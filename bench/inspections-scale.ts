/**
 * After the approval, at scale: 20,000 enterprises and 1,000,000 inspections (50,000 approved plans
 * of twenty enterprises each, ten years of 100,000 visits) in a libSQL file, bulk-inserted by SQL
 * and then counted per enterprise-year and day as the migration back-fills them (src/store/visit-counts.ts).
 * Timed: the rules check (context read from the file), the weekly 执法监督 card as the job builds it,
 * and GET /stats through the real Hono app (token check, both reports, rendering). Run with
 * `npx tsx bench/inspections-scale.ts [checks] [renders]`. With INSPECTIONS_DB=<file>, the data is
 * written to that file the first time and reused as it is on later runs (generating takes minutes).
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { supervisionCard } from '../cards/supervision/digest.js';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/directory/directory-repo.js';
import { evaluateInspection, type InspectionProposal } from '../src/domain/rules/index.js';
import { buildRulesContext } from '../src/features/approvals/rules-context.js';
import { issueLinkToken, linkSecret } from '../src/features/stats/index.js';
import { cardView, loadSupervisionReport, withLinks } from '../src/features/supervision/service/report.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { loadStartupData } from '../src/seed.js';
import { openStore } from '../src/store/db.js';
import { machine } from './support/machine.js';
import { loadRegistry, makeEnterprises, random, randomPlan } from './support/scale-data.js';
import { loadInspections } from './support/inspections-data.js';

const CHECKS = Number(process.argv[2] ?? 2000);
const RENDERS = Number(process.argv[3] ?? 100);
const TODAY = '2026-11-26';
const NOW = new Date('2026-11-26T02:00:00Z');
const rnd = random(29);

const file =
  process.env.INSPECTIONS_DB ?? join(mkdtempSync(join(tmpdir(), 'zhifa-inspections-')), 'scale.db');
const reused = existsSync(file);
const config = loadConfig({ DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn' });
const store = await openStore(config.databaseUrl);
const log = createLogger('warn');
await loadStartupData(store, config, log);
const directory = (await loadDirectory(store.db))!;

const loading = performance.now();
const registry = makeEnterprises(20_000, rnd);
if (!reused) {
  await loadRegistry(store, registry);
  await loadInspections(store, directory, registry, 1_000_000);
}
const loadedIn = performance.now() - loading;
await store.wal?.checkpoint();
const count = async (sql: string) => Number((await store.client.execute(sql)).rows[0]?.[0] ?? 0);

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(2);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`;
}

async function time(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
}

function proposal(): InspectionProposal {
  // Some fall in the demo's December quiet period: the exemption is claimed, as the form requires.
  return {
    ...randomPlan(directory, registry, rnd, TODAY, 30),
    quietExemption: 'other',
    quietExemptionNote: '上级交办',
  };
}

const check = async () => {
  const p = proposal();
  evaluateInspection(p, await buildRulesContext(store.db, store.db, directory, p, TODAY));
};

const runtime = createRuntime({ config, store, log, now: () => NOW });
const { services } = runtime;
const digest = async () => {
  const report = await loadSupervisionReport(store.db, directory, TODAY, 3);
  const links = await withLinks(services, report);
  return JSON.stringify(supervisionCard(cardView(report, links, 'http://127.0.0.1/stats?t=x', 7)));
};
const reader = directory.people.find((p) => p.id === directory.director)!;
const token = issueLinkToken(await linkSecret(store), reader.openId, NOW);
const stats = async () => {
  const res = await runtime.app.request(`/stats?t=${encodeURIComponent(token)}&year=2026`);
  if (res.status !== 200) throw new Error(`/stats answered ${res.status}`);
  return res.text();
};

await time(200, check);
await time(5, digest);
await time(5, stats);
const checks = await time(CHECKS, check);
const digests = await time(RENDERS, digest);
const pages = await time(RENDERS, stats);
const card = await digest();

console.log(machine());
console.log(
  `${reused ? 'reused' : 'loaded'} in ${(loadedIn / 1000).toFixed(1)} s: ${await count('SELECT count(*) FROM enterprises')} enterprises, ` +
    `${await count('SELECT count(*) FROM inspections')} inspections (${await count('SELECT count(*) FROM inspections WHERE year = 2026')} in 2026), ` +
    `${await count('SELECT count(*) FROM approval_requests')} plans; database ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB`,
);
console.log(`rules check, context read from the file (${CHECKS} checks): ${percentiles(checks)}`);
console.log(
  `supervision card, report + links + template (${RENDERS}): ${percentiles(digests)}; ${card.length} bytes`,
);
console.log(`GET /stats through the app, both reports rendered (${RENDERS}): ${percentiles(pages)}`);
store.close();
