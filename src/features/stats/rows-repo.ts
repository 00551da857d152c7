import { and, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { approvalRequests, approvalSteps, inspections, referrals } from '../../../db/schema/index.js';
import { loadEnterprises } from '../../directory/directory-repo.js';
import { listDraws } from '../draws/index.js';
import type { ApprovalForm } from '../../domain/approvals/index.js';
import { claimedExemption, type Finding, type InspectionType } from '../../domain/rules/index.js';
import type { RequestRow, StatsPeriod, StatsRows, StepRow } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';
import { bureauToday } from '../../time.js';

const DECIDED = ['approved', 'rejected', 'returned'] as const;

/** The bureau's calendar day of an ISO instant. */
function dayOf(at: string): string {
  return bureauToday(new Date(at));
}

/** Which enterprises of a request the rules found inside a quiet period, and the exemption claimed. */
interface QuietOfRequest {
  usccs: Set<string>;
  exemption?: string;
}

function quietOf(findings: readonly Finding[], form: ApprovalForm): QuietOfRequest {
  const usccs = new Set(
    findings.flatMap((f) => (f.code === 'QUIET_PERIOD_ON_SITE' && f.enterprise ? [f.enterprise] : [])),
  );
  const exemption = form.kind === 'plan' ? claimedExemption(form) : undefined;
  return { usccs, ...(exemption ? { exemption } : {}) };
}

/**
 * Requests filed from the year before the period on: those a period's figures can be about (a
 * request decided more than a year after it was filed is not expected), read by the number index.
 */
async function requestRows(
  db: Database,
  fromYear: number,
): Promise<{ rows: RequestRow[]; quiet: Map<string, QuietOfRequest> }> {
  const r = approvalRequests;
  const recent = and(inArray(r.kind, ['plan', 'special']), gte(r.year, fromYear - 1));
  const [requests, steps] = await Promise.all([
    db.select().from(r).where(recent),
    db
      .select()
      .from(approvalSteps)
      .where(
        and(
          isNotNull(approvalSteps.decidedAt),
          inArray(approvalSteps.status, [...DECIDED]),
          inArray(approvalSteps.requestId, db.select({ id: r.id }).from(r).where(recent)),
        ),
      ),
  ]);
  const stepsOf = new Map<string, StepRow[]>();
  for (const step of steps) {
    if (!step.activatedAt || !step.decidedAt) continue;
    const row: StepRow = {
      deciderId: step.decidedByOpenId ?? step.openId,
      deciderName: step.decidedByName ?? step.name,
      activatedAt: step.activatedAt,
      decidedAt: step.decidedAt,
      decidedOn: dayOf(step.decidedAt),
    };
    stepsOf.set(step.requestId, [...(stepsOf.get(step.requestId) ?? []), row]);
  }
  const quiet = new Map(
    requests.map((r) => [r.id, quietOf(r.findings as Finding[], r.form as ApprovalForm)]),
  );
  const rows = requests.map((r) => ({
    id: r.id,
    status: r.status,
    unitId: r.unitId,
    findingCodes: (r.findings as Finding[]).map((f) => f.code),
    closedOn: r.closedAt ? dayOf(r.closedAt) : null,
    steps: stepsOf.get(r.id) ?? [],
  }));
  return { rows, quiet };
}

/**
 * The on-site visits of the period's years that were not cancelled (the statistics count nothing
 * else), read from the covering index by year: a million visits of other years are never touched.
 */
function onSiteVisits(db: Database, period: StatsPeriod, today: string) {
  const i = inspections;
  return db.all<{
    requestId: string;
    uscc: string;
    date: string;
    unitId: string;
    type: string;
    onSite: number;
  }>(
    sql`SELECT ${i.requestId} AS requestId, ${i.uscc} AS uscc, ${i.date} AS date, ${i.unitId} AS unitId,
      ${i.type} AS type, ${i.onSite} AS onSite
    FROM ${i}
    WHERE ${i.year} BETWEEN ${Number(period.from.slice(0, 4))} AND ${Number(period.to.slice(0, 4))}
      AND ${i.onSite} = 1 AND ${i.status} <> 'cancelled'
      AND ${i.date} BETWEEN ${period.from} AND ${period.to < today ? period.to : today}`,
  );
}

/**
 * Plain rows for the statistics of a period, read from the approvals and referrals features' tables.
 * A referral has a deadline only while it is being rectified (整改期限), so only then can it be overdue.
 */
export async function loadStatsRows(db: Database, period: StatsPeriod, today: string): Promise<StatsRows> {
  const [visits, { rows: requests, quiet }, referred, registry, drawn] = await Promise.all([
    onSiteVisits(db, period, today),
    requestRows(db, Number(period.from.slice(0, 4))),
    db.select().from(referrals),
    loadEnterprises(db),
    listDraws(db),
  ]);
  return {
    inspections: visits.map((v) => {
      const claim = quiet.get(v.requestId);
      const inQuietPeriod = v.onSite && (claim?.usccs.has(v.uscc) ?? false);
      return {
        requestId: v.requestId,
        uscc: v.uscc,
        date: v.date,
        unitId: v.unitId,
        type: v.type as InspectionType,
        onSite: Boolean(v.onSite),
        ...(inQuietPeriod
          ? { inQuietPeriod, ...(claim?.exemption ? { quietExemption: claim.exemption } : {}) }
          : {}),
      };
    }),
    requests,
    referrals: referred.map((r) => ({
      id: r.id,
      unitId: r.toUnitId,
      receivedOn: dayOf(r.submittedAt),
      state: r.status,
      dueOn: r.status === 'rectifying' ? r.deadline : null,
    })),
    registry,
    draws: drawn.map((d) => ({
      id: d.id,
      unitId: d.unitId,
      from: d.from,
      to: d.to,
      drawnOn: dayOf(d.drawnAt),
      repeatOf: d.repeatOf,
      repeatReason: d.repeatReason,
      test: d.testDraw,
    })),
  };
}
