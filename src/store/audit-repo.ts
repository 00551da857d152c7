import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.js';
import type { Database, Tx } from './db.js';
import { prepared } from './prepared.js';

export interface AuditEntry {
  /** open_id of the person who acted, or `system` / `api` / `cli`. */
  actor: string;
  /** `entity.verb`, e.g. `request.approved`. */
  action: string;
  entity: string;
  entityId: string;
  detail?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

function rowHash(prevHash: string, at: string, e: Omit<AuditEntry, 'detail'>, detail: string): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, at, e.actor, e.action, e.entity, e.entityId, detail]))
    .digest('hex');
}

const chainHead = prepared((db) =>
  db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare(),
);

const p = (name: string) => sql.placeholder(name);
/** Lands only while `prevHash` is still the newest row; the columns go in the table's order. */
const chainAppend = prepared((db) =>
  db
    .insert(auditLog)
    .select(
      sql`SELECT NULL, ${p('at')}, ${p('actor')}, ${p('action')}, ${p('entity')}, ${p('entityId')}, ${p('detail')},
        ${p('prevHash')}, ${p('hash')}
      WHERE coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), ${GENESIS}) = ${p('prevHash')}`,
    )
    .prepare(),
);

/** The head each transaction last appended; a guess the insert's own check confirms or refutes. */
const headOf = new WeakMap<Tx, string>();

/**
 * Must run inside the transaction of the change it records, so neither lands without the other. The
 * insert only lands while `prevHash` is still the newest row: inside a transaction that holds unless
 * a savepoint rolled back the row last appended; where statements apply one by one (D1) a concurrent
 * writer may have moved the head. Either way the head is read again and the insert retried.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry, at = new Date().toISOString()): Promise<void> {
  const detail = JSON.stringify(entry.detail ?? {});
  for (let attempt = 0; attempt < 20; attempt++) {
    const prevHash = headOf.get(tx) ?? (await chainHead(tx).all())[0]?.hash ?? GENESIS;
    const hash = rowHash(prevHash, at, entry, detail);
    const inserted = await chainAppend(tx).run({ ...entry, at, detail, prevHash, hash });
    if (inserted.rowsAffected === 1) {
      headOf.set(tx, hash);
      return;
    }
    headOf.delete(tx);
  }
  throw new Error('audit chain: too many concurrent writers');
}

export type AuditVerdict =
  { ok: true; rows: number } | { ok: false; rows: number; brokenId: number; reason: string };

export async function verifyAuditChain(db: Database): Promise<AuditVerdict> {
  let prev = GENESIS;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(1000);
    if (page.length === 0) return { ok: true, rows };
    for (const r of page) {
      rows++;
      if (r.prevHash !== prev) return { ok: false, rows, brokenId: r.id, reason: '与上一条记录的哈希不衔接' };
      if (rowHash(r.prevHash, r.at, r, r.detail) !== r.hash)
        return { ok: false, rows, brokenId: r.id, reason: '记录内容与哈希不符' };
      prev = r.hash;
      lastId = r.id;
    }
  }
}

export async function auditFor(db: Database, entity: string, entityId: string) {
  const rows = await db.query.auditLog.findMany({
    where: (a, { and, eq }) => and(eq(a.entity, entity), eq(a.entityId, entityId)),
    orderBy: (a) => [asc(a.id)],
  });
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
