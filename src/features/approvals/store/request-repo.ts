import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import {
  approvalDecisions,
  approvalRequests,
  approvalSteps,
  inspections,
  type RequestStatus,
} from '../../../../db/schema/index.js';
import type { ClauseId } from '../../../domain/clauses.js';
import type { DateRange, Exemption, Finding, OtherPlan } from '../../../domain/rules/index.js';
import type { Reader, Tx } from '../../../store/db.js';
import { inspectionRecordOf } from '../../../domain/inspections/index.js';
import { bureauToday } from '../../../time.js';
import type { ApprovalForm, RequestKind, RequestView } from '../types.js';
import { qualified, rowFromJson, rowJson } from '../../../store/json-rows.js';
import { columnsSet, placeholders, prepared, preparedByShape } from '../../../store/prepared.js';

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

const decisionInsert = prepared((db) =>
  db
    .insert(approvalDecisions)
    .values(
      placeholders([
        'requestId',
        'stepIdx',
        'action',
        'actorOpenId',
        'actorName',
        'onBehalfOfName',
        'toOpenId',
        'toName',
        'comment',
        'at',
      ]),
    )
    .prepare(),
);

export async function insertDecision(tx: Tx, decision: Omit<DecisionRow, 'id'>): Promise<void> {
  await decisionInsert(tx).run({
    onBehalfOfName: null,
    toOpenId: null,
    toName: null,
    comment: null,
    ...decision,
  });
}

export async function requestIdForForm(db: Reader, formRef: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: approvalRequests.id })
    .from(approvalRequests)
    .where(eq(approvalRequests.formRef, formRef));
  return row?.id;
}

/** A request with its steps and decisions, in one statement (json-rows.ts says why). */
const viewById = prepared((db) => {
  const childrenOf = (table: typeof approvalSteps | typeof approvalDecisions | typeof inspections) =>
    sql<string>`(SELECT json_group_array(${rowJson(table)}) FROM ${table}
      WHERE ${qualified(table, table.requestId)} = ${qualified(approvalRequests, approvalRequests.id)})`;
  return db
    .select({
      request: sql<string>`${rowJson(approvalRequests)}`,
      steps: childrenOf(approvalSteps),
      decisions: childrenOf(approvalDecisions),
      inspections: childrenOf(inspections),
    })
    .from(approvalRequests)
    .where(eq(approvalRequests.id, sql.placeholder('id')))
    .prepare();
});

type Parsed = Record<string, unknown>;

const dayOf = (at: string) => bureauToday(new Date(at));

export async function loadView(db: Reader, id: string): Promise<RequestView | undefined> {
  const [row] = await viewById(db).all({ id });
  if (!row) return undefined;
  const request = rowFromJson(approvalRequests, JSON.parse(row.request) as Parsed);
  const steps = (JSON.parse(row.steps) as Parsed[])
    .map((step) => rowFromJson(approvalSteps, step))
    .sort((a, b) => a.idx - b.idx);
  const decisions = (JSON.parse(row.decisions) as Parsed[])
    .map((decision) => rowFromJson(approvalDecisions, decision))
    .sort((a, b) => a.id - b.id);
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
    inspections: (JSON.parse(row.inspections) as Parsed[])
      .map((visit) => rowFromJson(inspections, visit))
      .sort((a, b) => a.id - b.id)
      .map((visit) => inspectionRecordOf(visit, dayOf)),
  };
}

type OpenRequestPatch = Partial<Pick<RequestRow, 'status' | 'currentStep' | 'closedAt' | 'lastBuzzAt'>> & {
  updatedAt: string;
};

const openRequestUpdate = preparedByShape((db, columns) =>
  db
    .update(approvalRequests)
    .set(placeholders(columns))
    .where(and(eq(approvalRequests.id, sql.placeholder('id')), eq(approvalRequests.status, 'pending')))
    .prepare(),
);

/** Moves an open request on; false when someone else closed it first. */
export async function updateOpenRequest(tx: Tx, id: string, patch: OpenRequestPatch): Promise<boolean> {
  const updated = await openRequestUpdate(tx, columnsSet(patch)).run({ ...patch, id });
  return updated.rowsAffected === 1;
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

/**
 * Other units' pending or approved plans naming any of the enterprises and touching `window`, for
 * 综合一次查 (第3条). Approved plans are reached through their visits (a covering index by enterprise),
 * pending ones through a partial index that holds their dates, so the read does not grow with the
 * years of approved plans. The status, kind and unit of approved plans are checked here: in the
 * WHERE, SQLite (without ANALYZE statistics) would read them through their own indexes, i.e. every
 * plan. Every rules check runs this, so it is one statement, written as SQL: the query builder cost
 * more than the read (bench/rules-scale.ts).
 */
export async function otherPlans(
  db: Reader,
  unitId: string,
  usccs: string[],
  window?: DateRange,
): Promise<OtherPlan[]> {
  // '' is the stored code of an enterprise named without one: no enterprise to match.
  usccs = usccs.filter(Boolean);
  if (usccs.length === 0) return [];
  const r = approvalRequests;
  const touching = window ? sql`AND ${r.to} >= ${window.from} AND ${r.from} <= ${window.to}` : sql``;
  const visitedBefore = window ? sql`AND ${inspections.date} <= ${window.to}` : sql``;
  const columns = sql`${r.id} AS id, ${r.kind} AS kind, ${r.unitId} AS unit, ${r.enterprises} AS enterprises,
    ${r.from} AS "from", ${r.to} AS "to", ${r.status} AS status`;
  const rows = await db.all<{
    id: string;
    kind: string;
    unit: string;
    enterprises: string;
    from: string;
    to: string;
    status: RequestStatus;
  }>(sql`SELECT ${columns} FROM ${r}
    WHERE ${r.id} IN (SELECT ${inspections.requestId} FROM ${inspections}
      WHERE ${inspections.uscc} IN ${usccs} AND ${inspections.unitId} <> ${unitId} ${visitedBefore}) ${touching}
    UNION ALL
    SELECT ${columns} FROM ${r} WHERE ${r.status} = 'pending' ${touching}`);
  const plans = new Map<string, OtherPlan>();
  for (const row of rows) {
    if (row.kind !== 'plan' || row.unit === unitId || (row.status !== 'approved' && row.status !== 'pending'))
      continue;
    const enterprises = JSON.parse(row.enterprises) as string[];
    if (!enterprises.some((uscc) => usccs.includes(uscc))) continue;
    plans.set(row.id, { ...row, enterprises, status: row.status });
  }
  return [...plans.values()];
}
