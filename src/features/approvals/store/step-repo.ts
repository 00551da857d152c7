import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { approvalRequests, approvalSteps } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';
import type { StepRow } from './request-repo.js';
import { columnsSet, placeholders, preparedByShape } from '../../../store/prepared.js';

type StepPatch = Partial<Omit<StepRow, 'requestId' | 'idx'>>;

/** The shape's last entry says whether the assignment is checked too; the rest are the columns set. */
const stepUpdateIf = preparedByShape((db, shape) => {
  const columns = shape.slice(0, -1);
  const byAssignment = shape.at(-1) === 'assignment';
  return db
    .update(approvalSteps)
    .set(placeholders(columns))
    .where(
      and(
        eq(approvalSteps.requestId, sql.placeholder('whereRequestId')),
        eq(approvalSteps.idx, sql.placeholder('whereIdx')),
        eq(approvalSteps.status, sql.placeholder('whereStatus')),
        ...(byAssignment ? [eq(approvalSteps.assignment, sql.placeholder('whereAssignment'))] : []),
      ),
    )
    .prepare();
});

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
  const checked = expected.assignment === undefined ? 'any' : 'assignment';
  const updated = await stepUpdateIf(tx, [...columnsSet(patch), checked]).run({
    ...patch,
    whereRequestId: requestId,
    whereIdx: idx,
    whereStatus: expected.status,
    whereAssignment: expected.assignment,
  });
  return updated.rowsAffected === 1;
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
