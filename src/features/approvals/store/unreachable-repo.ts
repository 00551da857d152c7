import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../../db/schema/index.js';
import type { Reader } from '../../../store/db.js';

/** Person ids of those who held the step and could not be reached (audit `approval.approver-unreachable`). */
export async function unreachableHolders(db: Reader, requestId: string, idx: number): Promise<Set<string>> {
  const rows = await db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'approval.approver-unreachable'), eq(auditLog.entityId, requestId)));
  const ids = rows
    .map((r) => JSON.parse(r.detail) as { step?: number; personId?: string })
    .filter((d) => d.step === idx && d.personId !== undefined)
    .map((d) => d.personId as string);
  return new Set(ids);
}
