import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupConfig } from '../config.js';
import { manifestPath, readManifest } from './manifest.js';

/** Scheduled backups are named by their time, so names sort oldest first. */
const NAME = /^zhifa-\d{8}T\d{6}Z\.db$/;

export function scheduledName(at: Date): string {
  return `zhifa-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}.db`;
}

export interface KeptBackup {
  file: string;
  takenAt: Date;
}

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The scheduled backups in `dir` that have a readable manifest, newest first. */
export async function goodBackups(dir: string): Promise<KeptBackup[]> {
  const found: KeptBackup[] = [];
  for (const name of (await names(dir)).filter((n) => NAME.test(n))) {
    const manifest = await readManifest(join(dir, name));
    if (manifest) found.push({ file: join(dir, name), takenAt: new Date(manifest.takenAt) });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export async function lastGoodBackup(dir: string): Promise<Date | undefined> {
  return (await goodBackups(dir))[0]?.takenAt;
}

/**
 * Keeps the newest `keep` good backups; removes older ones, and copies an interrupted run left
 * behind. Only this schedule's own names are touched, never other files in the directory.
 */
export async function pruneBackups(dir: string, keep: number): Promise<number> {
  const good = await goodBackups(dir);
  for (const old of good.slice(keep)) {
    await rm(manifestPath(old.file), { force: true });
    await rm(old.file, { force: true });
  }
  for (const name of await names(dir)) {
    if (NAME.test(name.replace(/\.partial$/, '')) && name.endsWith('.partial'))
      await rm(join(dir, name), { force: true });
  }
  return Math.max(0, good.length - keep);
}

export interface BackupHealth {
  lastGoodAt: string | null;
  overdue: boolean;
}

/** Overdue once the newest good backup is older than two intervals (one missed run, with slack). */
export function isOverdue(config: BackupConfig, last: Date | undefined, now: Date): boolean {
  return !last || now.getTime() - last.getTime() > 2 * config.everyMs;
}

/** For /healthz: when the last good scheduled backup was taken, and whether one is overdue. */
export async function backupHealth(config: BackupConfig, now: Date): Promise<BackupHealth> {
  const last = await lastGoodBackup(config.dir);
  return { lastGoodAt: last?.toISOString() ?? null, overdue: isOverdue(config, last, now) };
}
