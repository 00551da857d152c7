import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { verifyAuditChain, type AuditVerdict } from '../store/audit-repo.js';
import { openStore } from '../store/db.js';
import { readManifest, sha256Of, syncDir, syncFile, type Manifest } from './manifest.js';
import { BackupError, verifyCopy, withDatabaseFile } from './verify-copy.js';

/** Tables whose rows are bookkeeping, present in any database the bot has merely opened. */
const BOOKKEEPING = new Set(['__drizzle_migrations', 'sqlite_sequence']);

/** Tables of `file` that hold at least one row; none for a missing or zero-length file. */
export async function tablesWithRows(file: string): Promise<string[]> {
  if (!existsSync(file) || statSync(file).size === 0) return [];
  return withDatabaseFile(file, async (db) => {
    const tables = await db.all<{ name: string }>(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    );
    const filled: string[] = [];
    for (const { name } of tables) {
      if (BOOKKEEPING.has(name)) continue;
      const [row] = await db.all<{ n: number }>(
        sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(name)}) AS n`,
      );
      if (row?.n) filled.push(name);
    }
    return filled;
  });
}

/** Proves a backup against the manifest written beside it when it was taken. */
async function provenBackup(file: string): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupError(`备份文件不存在：${file}`);
  const manifest = await readManifest(file);
  if (!manifest) throw new BackupError(`缺少或无法读取备份说明文件 ${file}.json，无法证明备份完整，未恢复。`);
  if ((await stat(file)).size !== manifest.bytes || (await sha256Of(file)) !== manifest.sha256)
    throw new BackupError('备份文件已损坏：与备份说明中的大小或校验值不符，未恢复。');
  const audit = await verifyCopy(file);
  if (audit.rows !== manifest.audit.rows || audit.head !== manifest.audit.head)
    throw new BackupError('备份中的审计链与备份说明不符，未恢复。');
  return manifest;
}

export interface Restored {
  manifest: Manifest;
  /** The audit chain of the restored database, verified after it was opened as the bot opens it. */
  chain: AuditVerdict;
}

/**
 * Restores a proven backup into `target`, which must be empty unless `force` (and then the bot must be
 * stopped: the file is replaced under it). The copy goes in under a temporary name and is renamed into
 * place; the target's old log files go first, since SQLite would otherwise replay them onto it.
 */
export async function restoreBackup(backup: string, target: string, force = false): Promise<Restored> {
  const from = resolve(backup);
  const to = resolve(target);
  if (from === to) throw new BackupError('备份文件与目标数据库是同一个文件。');
  const filled = await tablesWithRows(to);
  if (filled.length > 0 && !force)
    throw new BackupError(
      `目标数据库 ${to} 中已有数据（${filled.length} 张表有记录），未恢复。如确需覆盖，请先停止服务，再加 --force 执行。`,
    );
  const manifest = await provenBackup(from);
  await mkdir(dirname(to), { recursive: true });
  const staging = `${to}.restoring`;
  try {
    await copyFile(from, staging);
    await syncFile(staging);
    await rm(`${to}-wal`, { force: true });
    await rm(`${to}-shm`, { force: true });
    await rename(staging, to);
    await syncDir(to);
  } finally {
    await rm(staging, { force: true });
  }
  // Opened as the bot opens it: migrations newer than the backup apply, the file goes to WAL mode.
  const store = await openStore(`file:${to}`);
  try {
    return { manifest, chain: await verifyAuditChain(store.db) };
  } finally {
    await store.close();
  }
}
