import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { copyDatabase } from './copy-thread.js';
import {
  manifestPath,
  sha256Of,
  syncDir,
  syncFile,
  writeManifest,
  type AuditHead,
  type Manifest,
} from './manifest.js';
import { BackupError, verifyCopy } from './verify-copy.js';

export interface BackupResult {
  file: string;
  manifest: Manifest;
  /** How long VACUUM INTO took, the part that holds a snapshot open on the live file. */
  copyMs: number;
}

/** The database file behind a `file:` URL, or undefined for a libSQL server. */
export function embeddedFile(databaseUrl: string): string | undefined {
  return databaseUrl.startsWith('file:') ? resolve(databaseUrl.slice('file:'.length)) : undefined;
}

/**
 * Copies the live database `source` to `target` (copy-thread.ts says how, and why that way), proves
 * the copy (verify-copy.ts) and only then puts it and its manifest in place: `target` is either a
 * verified backup or absent, never half-written. `floor` is the audit chain as it stood before the
 * backup began.
 */
export async function takeBackup(
  source: string,
  target: string,
  floor: AuditHead,
  at = new Date(),
): Promise<BackupResult> {
  const file = resolve(target);
  if (file === source) throw new BackupError('备份文件不能是数据库文件本身。');
  if (!existsSync(source)) throw new BackupError(`数据库文件不存在：${source}`);
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    const { ms } = await copyDatabase(source, partial);
    await syncFile(partial);
    const audit = await verifyCopy(partial, floor);
    const manifest: Manifest = {
      format: 'zhifa-backup/1',
      takenAt: at.toISOString(),
      bytes: (await stat(partial)).size,
      sha256: await sha256Of(partial),
      audit,
    };
    // A manifest left from an older backup under this name must never vouch for the new file.
    await rm(manifestPath(file), { force: true });
    await rename(partial, file);
    await writeManifest(file, manifest);
    await syncDir(file);
    return { file, manifest, copyMs: ms };
  } catch (err) {
    await rm(partial, { force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError(`备份失败：${(err as Error).message}`);
  }
}
