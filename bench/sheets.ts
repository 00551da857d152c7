/**
 * Spreadsheets at scale. (1) A 50,000-row enterprise workbook (.xlsx) imported through the same path
 * as `npm run cli -- enterprises import` (read, check every row, one replacing transaction): time and
 * the importing process's peak RSS. (2) A ledger of 100,000 rows (50,000 plans with their decisions,
 * 50,000 referrals with their stages) exported to .xlsx: time and peak RSS. Each measured step runs in
 * a child process of its own, so its peak RSS is its own.
 * Run with `npx tsx bench/sheets.ts [enterprises] [ledgerRows]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/directory/directory-repo.js';
import { applyImport, prepareImport } from '../src/directory/import-files.js';
import { usccCheckChar } from '../src/domain/referrals/uscc.js';
import { createLogger } from '../src/log.js';
import { loadStartupData } from '../src/seed.js';
import { openStore } from '../src/store/db.js';
import { machine } from './support/machine.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

async function freshStore(file: string) {
  const config = loadConfig({ DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn' });
  const store = await openStore(config.databaseUrl);
  await loadStartupData(store, config, createLogger('warn'));
  return store;
}

/** A valid code for row i: 9114 + county code + 11 characters from i, and its check character. */
function uscc(i: number): string {
  let body = '';
  for (let n = i, k = 0; k < 11; k++, n = Math.floor(n / 31)) body += CHARSET[n % 31];
  const code = `911404${body}`;
  return code + usccCheckChar(code);
}

async function writeRegistry(file: string, rows: number, counties: string[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('企业名录');
  ws.addRow(['长治市企业名录（基准测试）']).commit();
  ws.addRow([
    '序号',
    '单位名称',
    '统一社会信用代码',
    '所在县区',
    '行业类别',
    '重点排污单位',
    '正面清单起止日期',
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    const listed = i % 20 === 0 ? '2026/1/1至2026/12/31' : '';
    ws.addRow([
      i,
      `长治基准企业${i}有限公司`,
      uscc(i),
      counties[i % counties.length],
      '化工',
      i % 3 === 0 ? '是' : '否',
      listed,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * The measured steps, each run as `--step NAME DB FILE` in its own process, loading only what the
 * CLI's command loads (the CLI loads each command's modules when it runs).
 */
async function step(name: string, db: string, file: string): Promise<void> {
  const store = await freshStore(db);
  const started = performance.now();
  let note: string;
  if (name === 'import') {
    const prepared = await prepareImport(store.db, 'enterprises', await readFile(file), file);
    const n = await applyImport(store, prepared, 'bench');
    note = `${n} enterprises, ${prepared.errors.length} errors`;
  } else {
    const { ledgerToFile } = await import('../src/features/ledger/index.js');
    const bureau = (await loadDirectory(store.db))?.bureau ?? '';
    const counts = await ledgerToFile(store.db, { from: '2026-01-01', to: '2026-12-31' }, bureau, file);
    note = `${Object.values(counts).reduce((a, b) => a + b, 0)} rows, ${(statSync(file).size / 1048576).toFixed(1)} MiB file`;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, note }));
  store.close();
}

/** The server's heap flags (`npm run start:dist`), under which a chat upload would be read. */
const SERVER_FLAGS = ['--max-old-space-size=96', '--max-semi-space-size=8'];

type Measured = { ms: number; maxRssKiB: number; note: string };

function run(name: string, db: string, file: string, flags: string[] = []): Measured {
  const args = [...flags, ...process.execArgv, import.meta.filename, '--step', name, db, file];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Measured;
}

/** Node's default heap (as `npm run cli` runs) and the server's flags; RSS includes tsx and libSQL. */
function report(what: string, name: string, db: string, file: string): void {
  for (const [label, flags] of [
    ['default heap', []],
    ['server flags', SERVER_FLAGS],
  ] as const) {
    const m = run(name, db, file, [...flags]);
    console.log(`${what}, ${label}: ${(m.ms / 1000).toFixed(1)} s, peak RSS ${mib(m.maxRssKiB)} (${m.note})`);
  }
}

if (process.argv[2] === '--step') {
  await step(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '');
} else {
  const rows = Number(process.argv[2] ?? 50_000);
  const ledgerRows = Number(process.argv[3] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-sheets-'));
  console.log(machine());

  const seedDb = join(dir, 'import.db');
  const seeded = await freshStore(seedDb);
  const directory = (await loadDirectory(seeded.db))!;
  const counties = directory.units.flatMap((u) => (u.county ? [u.county] : []));
  seeded.close();
  const workbook = join(dir, 'registry.xlsx');
  await writeRegistry(workbook, rows, counties);
  const size = (statSync(workbook).size / 1048576).toFixed(1);
  report(`import ${rows} rows (.xlsx ${size} MiB)`, 'import', seedDb, workbook);

  const ledgerDb = join(dir, 'ledger.db');
  const store = await freshStore(ledgerDb);
  const { seedLedger } = await import('./support/ledger-data.js');
  await seedLedger(store, ledgerRows);
  store.close();
  report('export ledger', 'export', ledgerDb, join(dir, 'ledger.xlsx'));
}
