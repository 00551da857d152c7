import { and, eq, inArray } from 'drizzle-orm';
import { approvalRequests, approvalSteps } from '../../../../db/schema/index.js';
import type { OpenStep } from '../../../domain/org-sync/index.js';
import type { Reader } from '../../../store/db.js';

/** Every step still to be decided in an open request, with the unit it was asked for. */
export async function openSteps(db: Reader): Promise<OpenStep[]> {
  const rows = await db
    .select({
      requestId: approvalSteps.requestId,
      idx: approvalSteps.idx,
      role: approvalSteps.role,
      personId: approvalSteps.personId,
      name: approvalSteps.name,
      unitId: approvalRequests.unitId,
      status: approvalSteps.status,
    })
    .from(approvalSteps)
    .innerJoin(approvalRequests, eq(approvalRequests.id, approvalSteps.requestId))
    .where(and(eq(approvalRequests.status, 'pending'), inArray(approvalSteps.status, ['pending', 'waiting'])))
    .orderBy(approvalSteps.requestId, approvalSteps.idx);
  return rows.map((r) => ({ ...r, status: r.status === 'pending' ? 'pending' : 'waiting' }));
}
