import { createClient } from '@libsql/client';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { auditLog } from '../../db/schema/index.js';
import * as schema from '../../db/schema/index.js';
import { verifyAuditChain } from '../store/audit-repo.js';
import type { Database, Tx } from '../store/db.js';
import { integrityOf } from './copy-thread.js';
import type { AuditHead } from './manifest.js';

/** A refusal worth showing as it is: every message is for the person running the command. */
export class BackupError extends Error {}

/** Reads a database file of its own, closed again by `use`'s end. */
export async function withDatabaseFile<T>(file: string, use: (db: Database) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` });
  try {
    return await use(drizzle(client, { schema }));
  } finally {
    client.close();
  }
}

export async function auditHeadOf(db: Database | Tx): Promise<AuditHead> {
  const [row] = await db
    .select({ rows: sql<number>`count(*)`, headId: sql<number | null>`max(${auditLog.id})` })
    .from(auditLog);
  const headId = row?.headId ?? 0;
  if (headId === 0) return { rows: 0, headId: 0, head: '' };
  const [head] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, headId));
  return { rows: row?.rows ?? 0, headId, head: head?.hash ?? '' };
}

/**
 * Proves a copy before anyone relies on it: SQLite finds every page and index sound, the audit chain
 * verifies from its first row to its last, and, given `floor` (the chain as the live database held it
 * before the copy began), the copy holds that row with that hash, so every write acknowledged before
 * the backup began is in it.
 */
export async function verifyCopy(file: string, floor?: AuditHead): Promise<AuditHead> {
  const integrity = await integrityOf(file).catch((err: Error) => err.message);
  if (integrity !== 'ok') throw new BackupError(`备份文件未通过完整性检查：${integrity.slice(0, 200)}`);
  return withDatabaseFile(file, async (db) => {
    const chain = await verifyAuditChain(db);
    if (!chain.ok)
      throw new BackupError(`备份中的审计链在第 ${chain.brokenId} 条记录处断裂：${chain.reason}。`);
    const head = await auditHeadOf(db);
    if (floor && floor.rows > 0) {
      const [kept] = await db
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(eq(auditLog.id, floor.headId));
      if (head.rows < floor.rows || kept?.hash !== floor.head)
        throw new BackupError('备份缺少开始备份前已写入的记录，备份无效。');
    }
    return head;
  });
}
