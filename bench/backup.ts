/**
 * Backups of a large database while the bot serves: a ~1 GB file (BENCH_BACKUP_MB to change it), a
 * steady trickle of approval decisions through the real card callback, and meanwhile (1) the CLI's
 * `backup FILE` as its own process and (2) the scheduled backup inside the server. Prints how long
 * each took and how long card answers waited (p50, p99, max) against the same trickle without a
 * backup, and how far the write-ahead log grew. Run with `npx tsx bench/backup.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libsqlDriver } from '../src/store/native-connections.js';
import { TODAY_10AM } from '../test/features/approvals/support.js';
import { approve, pendingPlans } from '../test/backup/support.js';
import { startBot, type Bot } from '../test/support/harness.js';
import { machine } from './support/machine.js';

const MB = Number(process.env.BENCH_BACKUP_MB ?? 1024);
const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-backup-'));
const dbFile = join(dir, 'bot.db');

interface SqliteDb {
  prepare(sql: string): { run(...args: unknown[]): unknown };
  exec(sql: string): void;
  close(): void;
}

/** Decisions with a 1 KiB comment each, in large transactions on a connection of its own. */
function fill(megabytes: number): number {
  const Database = createRequire(import.meta.url)(libsqlDriver()) as new (file: string) => SqliteDb;
  const db = new Database(dbFile);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO approval_decisions (request_id, step_idx, action, actor_open_id, actor_name, comment, at)
     VALUES (?, 0, 'approve', 'ou_bench', '基准测试', ?, '2025-06-01T00:00:00.000Z')`,
  );
  const comment = '经审查，检查计划符合实施方案要求，同意。'.repeat(20).slice(0, 340);
  const rows = Math.round((megabytes * 1024 * 1024) / 1150);
  for (let start = 0; start < rows; start += 50_000) {
    db.exec('BEGIN');
    for (let i = start; i < Math.min(rows, start + 50_000); i++)
      insert.run(`JC-2025-${i}`, `${i} ${comment}`);
    db.exec('COMMIT');
  }
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return rows;
}

function walBytes(): number {
  try {
    return statSync(`${dbFile}-wal`).size;
  } catch {
    return 0;
  }
}

interface Waits {
  decisions: number;
  p50: number;
  p99: number;
  max: number;
  walPeak: number;
}

/** Two approvers clicking, each a decision every 100 ms, until `done` settles; the answers' waits. */
async function trickle(bot: Bot, plans: string[], done: Promise<unknown>): Promise<Waits> {
  let over = false;
  void done.finally(() => (over = true));
  const waits: number[] = [];
  let walPeak = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (!over && plans.length > 0) {
        const started = performance.now();
        await approve(bot, plans.shift()!);
        waits.push(performance.now() - started);
        walPeak = Math.max(walPeak, walBytes());
        await new Promise((r) => setTimeout(r, 100));
      }
    }),
  );
  await done;
  waits.sort((a, b) => a - b);
  const at = (q: number) => Math.round(waits[Math.min(waits.length - 1, Math.floor(q * waits.length))] ?? 0);
  return {
    decisions: waits.length,
    p50: at(0.5),
    p99: at(0.99),
    max: Math.round(waits.at(-1) ?? 0),
    walPeak,
  };
}

function cliBackup(target: string): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'backup', target], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve({ ms: Math.round(performance.now() - started), output: output.trim() })
        : reject(new Error(`backup failed (${code}): ${output}`)),
    ),
  );
}

const line = (name: string, w: Waits) =>
  `${name.padEnd(26)} ${String(w.decisions).padStart(4)} decisions, answer wait p50 ${w.p50} ms, p99 ${w.p99} ms, max ${w.max} ms, log peak ${(w.walPeak / 2 ** 20).toFixed(1)} MiB`;

process.stdout.write(`${machine()}\n`);
// The schema and the demo organisation, as a first start makes them.
await (await startBot({ dbFile, now: () => TODAY_10AM })).close();
let t = performance.now();
const rows = fill(MB);
const size = statSync(dbFile).size;
process.stdout.write(
  `database: ${(size / 2 ** 30).toFixed(2)} GiB (${rows} decision rows) generated in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
);

const backups = join(dir, 'backups');
const bot = await startBot({
  dbFile,
  now: () => TODAY_10AM,
  env: { BACKUP_DIR: backups, BACKUP_EVERY: '1d', BACKUP_KEEP: '1', LOG_LEVEL: 'warn' },
});
try {
  t = performance.now();
  const plans = await pendingPlans(bot, 900, TODAY_10AM);
  process.stdout.write(`${plans.length} pending plans in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

  const idle = new Promise((r) => setTimeout(r, 5000));
  process.stdout.write(`${line('no backup (5 s)', await trickle(bot, plans, idle))}\n`);

  const cli = cliBackup(join(dir, 'cli-copy.db'));
  const cliWaits = await trickle(bot, plans, cli);
  const cliRun = await cli;
  process.stdout.write(
    `${line(`CLI backup (${(cliRun.ms / 1000).toFixed(1)} s)`, cliWaits)}\n  ${cliRun.output}\n`,
  );

  t = performance.now();
  const scheduled = bot.runtime.scheduler.tick();
  const scheduledWaits = await trickle(bot, plans, scheduled);
  const scheduledMs = performance.now() - t;
  process.stdout.write(
    `${line(`scheduled backup (${(scheduledMs / 1000).toFixed(1)} s)`, scheduledWaits)}\n`,
  );
  if (plans.length === 0) process.stdout.write('(the pending plans ran out before the last backup ended)\n');
} finally {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
}
