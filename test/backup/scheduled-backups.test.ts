import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodBackups, scheduledName } from '../../src/backup/backup-dir.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startBot, type Bot } from '../support/harness.js';
import { textsTo } from '../features/approvals/support.js';
import { scratchDir } from './support.js';

const START = new Date('2026-11-26T02:00:00Z');
const HOUR = 3_600_000;
let now = START;
let bot: Bot;
let dir: string;

beforeAll(async () => {
  const root = scratchDir();
  dir = join(root, 'backups');
  bot = await startBot({
    dbFile: join(root, 'bot.db'),
    now: () => now,
    env: { BACKUP_DIR: dir, BACKUP_EVERY: '6h', BACKUP_KEEP: '2' },
  });
});
afterAll(() => bot?.close());

/** Ticks at `at` with a directory where that tick's copy must go, so the backup fails. */
async function failingTick(at: Date): Promise<void> {
  now = at;
  const blocker = join(dir, `${scheduledName(at)}.partial`);
  mkdirSync(blocker);
  try {
    await bot.runtime.scheduler.tick();
  } finally {
    rmSync(blocker, { recursive: true });
  }
}

async function health(): Promise<{ backup?: { lastGoodAt: string | null; overdue: boolean } }> {
  return (await (await fetch(`${bot.url}/healthz`)).json()) as never;
}

describe('scheduled backups', () => {
  it('takes one when due, keeps BACKUP_KEEP of them, and reports the last good one on /healthz', async () => {
    expect((await health()).backup).toEqual({ lastGoodAt: null, overdue: true });
    await bot.runtime.scheduler.tick();
    expect((await goodBackups(dir)).map((b) => b.takenAt)).toEqual([START]);
    expect((await health()).backup).toEqual({ lastGoodAt: START.toISOString(), overdue: false });

    now = new Date(START.getTime() + 5 * HOUR);
    await bot.runtime.scheduler.tick();
    expect(await goodBackups(dir)).toHaveLength(1);

    for (const h of [6, 12, 18]) {
      now = new Date(START.getTime() + h * HOUR);
      await bot.runtime.scheduler.tick();
    }
    const kept = await goodBackups(dir);
    expect(kept.map((b) => b.takenAt.getTime() - START.getTime())).toEqual([18 * HOUR, 12 * HOUR]);
    expect(readdirSync(dir).sort()).toEqual(
      kept.flatMap((b) => [b.file, `${b.file}.json`].map((f) => f.slice(dir.length + 1))).sort(),
    );
  });

  it('warns the director and the head of 法规与标准科 in chat when a backup fails, once', async () => {
    await failingTick(new Date(START.getTime() + 24 * HOUR));
    await failingTick(new Date(START.getTime() + 26 * HOUR));
    for (const admin of ['ou_demo_director', 'ou_demo_legal_head']) {
      const warnings = (await textsTo(bot, admin)).filter((t) => t.startsWith('数据库定时备份失败'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('最近一次成功备份：2026-11-27 04:00');
    }
    expect(await textsTo(bot, 'ou_demo_air_head')).toEqual([]);
  });

  it('warns once a backup is overdue, and /healthz says so', async () => {
    await failingTick(new Date(START.getTime() + 40 * HOUR));
    expect((await health()).backup?.overdue).toBe(true);
    const overdue = (await textsTo(bot, 'ou_demo_director')).filter((t) => t.startsWith('数据库备份已逾期'));
    expect(overdue).toEqual([
      '数据库备份已逾期：最近一次成功备份为 2026-11-27 04:00，已超过规定间隔（6h）两倍以上。请尽快检查。',
    ]);
  });
});

describe('backup settings', () => {
  it('are off by default and read BACKUP_EVERY as minutes, hours or days', () => {
    expect(loadConfig({}).backup).toBeUndefined();
    expect(loadConfig({ BACKUP_DIR: '/b', BACKUP_EVERY: '30m' }).backup).toEqual({
      dir: '/b',
      every: '30m',
      everyMs: 30 * 60_000,
      keep: 14,
    });
    expect(loadConfig({ BACKUP_DIR: '/b' }).backup?.everyMs).toBe(24 * HOUR);
    for (const bad of ['6 hours', '0h', '1w', '-1d'])
      expect(() => loadConfig({ BACKUP_DIR: '/b', BACKUP_EVERY: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ BACKUP_DIR: '/b', BACKUP_KEEP: '0' })).toThrow(ConfigError);
  });
});
