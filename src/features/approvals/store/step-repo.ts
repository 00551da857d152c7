import { and, asc, eq, inArray } from 'drizzle-orm';
import { approvalRequests, approvalSteps } from '../../../../db/schema/index.js';
import type { Tx } from '../../../store/db.js';
import type { StepRow } from './request-repo.js';
import type { Reader } from './reader.js';

type StepPatch = Partial<Omit<StepRow, 'requestId' | 'idx'>>;

/**
 * The first writer wins: the update only lands while the step is still in the state the caller
 * read, so a second click, a concurrent click or a stale hand-over changes nothing.
 */
export async function updateStepIf(
  tx: Tx,
  requestId: string,
  idx: number,
  expected: { status: StepRow['status']; assignment?: number },
  patch: StepPatch,
): Promise<boolean> {
  const rows = await tx
    .update(approvalSteps)
    .set(patch)
    .where(
      and(
        eq(approvalSteps.requestId, requestId),
        eq(approvalSteps.idx, idx),
        eq(approvalSteps.status, expected.status),
        ...(expected.assignment === undefined ? [] : [eq(approvalSteps.assignment, expected.assignment)]),
      ),
    )
    .returning({ idx: approvalSteps.idx });
  return rows.length === 1;
}

/** Pending steps assigned to any of these people, oldest first. */
export async function pendingStepsOf(
  db: Reader,
  personIds: string[],
): Promise<{ requestId: string; idx: number }[]> {
  if (personIds.length === 0) return [];
  return db
    .select({ requestId: approvalSteps.requestId, idx: approvalSteps.idx })
    .from(approvalSteps)
    .innerJoin(approvalRequests, eq(approvalRequests.id, approvalSteps.requestId))
    .where(
      and(
        inArray(approvalSteps.personId, personIds),
        eq(approvalSteps.status, 'pending'),
        eq(approvalRequests.status, 'pending'),
      ),
    )
    .orderBy(asc(approvalRequests.createdAt), asc(approvalSteps.requestId));
}
