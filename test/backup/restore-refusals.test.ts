import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of, readManifest, writeManifest } from '../../src/backup/manifest.js';
import { restoreBackup, tablesWithRows } from '../../src/backup/restore.js';
import { takeBackup } from '../../src/backup/take-backup.js';
import { auditHeadOf } from '../../src/backup/verify-copy.js';
import { runTs } from '../support/child.js';
import { startBot, type Bot } from '../support/harness.js';
import { TODAY_10AM } from '../features/approvals/support.js';
import { approve, cli, pendingPlans, scratchDir } from './support.js';

let bot: Bot;
let dir: string;
let live: string;
let backup: string;
beforeAll(async () => {
  dir = scratchDir();
  live = join(dir, 'live.db');
  bot = await startBot({ dbFile: live, now: () => TODAY_10AM });
  for (const id of await pendingPlans(bot, 3, TODAY_10AM)) await approve(bot, id);
  backup = join(dir, 'good.db');
  await takeBackup(live, backup, await auditHeadOf(bot.store.db));
});
afterAll(() => bot?.close());

/** A copy of the good backup and its manifest under another name, changed by `spoil`. */
function spoiled(name: string, spoil: (bytes: Buffer) => void): string {
  const file = join(dir, name);
  const bytes = readFileSync(backup);
  spoil(bytes);
  writeFileSync(file, bytes);
  writeFileSync(`${file}.json`, readFileSync(`${backup}.json`));
  return file;
}

describe('restore', () => {
  it('detects a copy whose bytes changed after it was taken, and leaves the target alone', async () => {
    const file = spoiled('flipped.db', (b) => {
      const middle = Math.floor(b.length / 2);
      b.writeUInt8(b.readUInt8(middle) ^ 0xff, middle);
    });
    const target = join(dir, 'from-flipped.db');
    await expect(restoreBackup(file, target)).rejects.toThrow('备份文件已损坏');
    expect(existsSync(target)).toBe(false);
  });

  it('detects an edited audit row even when the manifest was rewritten to match the file', async () => {
    const { audit } = (await readManifest(backup))!;
    const file = spoiled('edited.db', (b) => {
      const at = b.indexOf(Buffer.from(audit.head));
      expect(at).toBeGreaterThan(0);
      b.write(audit.head.startsWith('0') ? '1' : '0', at);
    });
    const manifest = (await readManifest(file))!;
    await writeManifest(file, { ...manifest, sha256: await sha256Of(file) });
    await expect(restoreBackup(file, join(dir, 'from-edited.db'))).rejects.toThrow(/审计链|完整性/);
  });

  it('refuses a backup without its manifest', async () => {
    const file = join(dir, 'bare.db');
    writeFileSync(file, readFileSync(backup));
    await expect(restoreBackup(file, join(dir, 'from-bare.db'))).rejects.toThrow('备份说明文件');
  });

  it('refuses a non-empty target, from the CLI too, and overwrites it only when told', async () => {
    const target = join(dir, 'other', 'bot.db');
    const other = await startBot({ dbFile: target, now: () => TODAY_10AM });
    await other.close();
    expect(await tablesWithRows(target)).not.toEqual([]);
    const before = await sha256Of(target);
    const refused = await cli(target, ['restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('目标数据库');
    expect(refused.output).toContain('--force');
    expect(await sha256Of(target)).toBe(before);

    const forced = await restoreBackup(backup, target, true);
    expect(forced.chain).toMatchObject({ ok: true, rows: forced.manifest.audit.rows });
  });

  it('takes an empty or missing file as empty', async () => {
    expect(await tablesWithRows(join(dir, 'nothing-here.db'))).toEqual([]);
    const restored = await restoreBackup(backup, join(dir, 'fresh', 'bot.db'));
    expect(restored.chain.ok).toBe(true);
  });
});

describe('backup', () => {
  it('says, in Chinese, that a libSQL server is backed up by its point-in-time recovery', async () => {
    const child = runTs('src/cli/main.ts', ['backup', join(dir, 'x.db')], {
      DATABASE_URL: 'libsql://zhifa-example.turso.io',
    });
    expect(await child.exited).toBe(2);
    expect(child.output.join('\n')).toContain('时间点恢复');
  });

  it('refuses to write the backup over the database itself', async () => {
    await expect(takeBackup(live, live, await auditHeadOf(bot.store.db))).rejects.toThrow('数据库文件本身');
  });
});
