import { and, asc, desc, eq, inArray, max, ne } from 'drizzle-orm';
import {
  approvalDecisions,
  approvalRequests,
  approvalSteps,
  type RequestStatus,
} from '../../../../db/schema/index.js';
import type { ClauseId } from '../../../domain/clauses.js';
import type { Exemption, Finding, OtherPlan } from '../../../domain/rules/index.js';
import type { Tx } from '../../../store/db.js';
import type { ApprovalForm, RequestKind, RequestView } from '../types.js';
import type { Reader } from './reader.js';

export type RequestRow = typeof approvalRequests.$inferInsert;
export type StepRow = typeof approvalSteps.$inferInsert;
export type DecisionRow = typeof approvalDecisions.$inferInsert;

export async function nextSeq(tx: Tx, kind: RequestKind, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(approvalRequests.seq) })
    .from(approvalRequests)
    .where(and(eq(approvalRequests.kind, kind), eq(approvalRequests.year, year)));
  return (row?.seq ?? 0) + 1;
}

export async function insertRequest(tx: Tx, request: RequestRow, steps: StepRow[]): Promise<void> {
  await tx.insert(approvalRequests).values(request);
  if (steps.length > 0) await tx.insert(approvalSteps).values(steps);
}

export async function insertDecision(tx: Tx, decision: DecisionRow): Promise<void> {
  await tx.insert(approvalDecisions).values(decision);
}

export async function requestIdForForm(db: Reader, formRef: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: approvalRequests.id })
    .from(approvalRequests)
    .where(eq(approvalRequests.formRef, formRef));
  return row?.id;
}

export async function loadView(db: Reader, id: string): Promise<RequestView | undefined> {
  const [request] = await db.select().from(approvalRequests).where(eq(approvalRequests.id, id));
  if (!request) return undefined;
  const steps = await db
    .select()
    .from(approvalSteps)
    .where(eq(approvalSteps.requestId, id))
    .orderBy(asc(approvalSteps.idx));
  const decisions = await db
    .select()
    .from(approvalDecisions)
    .where(eq(approvalDecisions.requestId, id))
    .orderBy(asc(approvalDecisions.id));
  return {
    id: request.id,
    kind: request.kind,
    status: request.status,
    applicant: {
      openId: request.applicantOpenId,
      personId: request.applicantPersonId,
      name: request.applicantName,
    },
    unit: { id: request.unitId, name: request.unitName },
    form: request.form as ApprovalForm,
    findings: request.findings as Finding[],
    exemptions: request.exemptions as Exemption[],
    currentStep: request.currentStep,
    applicantCardRef: request.applicantCardRef,
    source: request.source,
    lastBuzzAt: request.lastBuzzAt,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    closedAt: request.closedAt,
    steps: steps.map(({ requestId: _requestId, ...step }) => ({ ...step, clause: step.clause as ClauseId })),
    decisions: decisions.map(({ id: _id, requestId: _requestId, ...decision }) => decision),
  };
}

/** Moves an open request on; false when someone else closed it first. */
export async function updateOpenRequest(
  tx: Tx,
  id: string,
  patch: Partial<Pick<RequestRow, 'status' | 'currentStep' | 'closedAt' | 'lastBuzzAt'>> & {
    updatedAt: string;
  },
): Promise<boolean> {
  const rows = await tx
    .update(approvalRequests)
    .set(patch)
    .where(and(eq(approvalRequests.id, id), eq(approvalRequests.status, 'pending')))
    .returning({ id: approvalRequests.id });
  return rows.length === 1;
}

export async function pendingRequestIds(db: Reader): Promise<string[]> {
  const rows = await db
    .select({ id: approvalRequests.id })
    .from(approvalRequests)
    .where(eq(approvalRequests.status, 'pending'))
    .orderBy(asc(approvalRequests.createdAt));
  return rows.map((row) => row.id);
}

export async function requestIdsOfApplicant(db: Reader, openId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: approvalRequests.id })
    .from(approvalRequests)
    .where(eq(approvalRequests.applicantOpenId, openId))
    .orderBy(desc(approvalRequests.createdAt), desc(approvalRequests.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Other units' pending or approved plans naming any of the enterprises, for 综合一次查 (第3条). */
export async function otherPlans(db: Reader, unitId: string, usccs: string[]): Promise<OtherPlan[]> {
  if (usccs.length === 0) return [];
  const rows = await db
    .select()
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.kind, 'plan'),
        ne(approvalRequests.unitId, unitId),
        inArray(approvalRequests.status, ['pending', 'approved'] satisfies RequestStatus[]),
      ),
    );
  return rows
    .filter((row) => row.enterprises.some((uscc) => usccs.includes(uscc)))
    .map((row) => ({
      id: row.id,
      unit: row.unitId,
      enterprises: row.enterprises,
      from: row.from,
      to: row.to,
      status: row.status as OtherPlan['status'],
    }));
}
