import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { approvalRequests, approvalSteps, referrals } from '../../../db/schema/index.js';
import { findEnterprises, loadPositiveListed } from '../../directory/directory-repo.js';
import { listDraws } from '../draws/index.js';
import type { ApprovalForm } from '../../domain/approvals/index.js';
import { claimedExemption, type Finding, type InspectionType } from '../../domain/rules/index.js';
import type { RequestRow, StatsPeriod, StatsRows, StepRow } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';
import { addCalendarDays, bureauToday } from '../../time.js';
import { foldedVisits, repeatedVisits } from './visit-rows.js';

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
 * The requests a period's figures can be about: filed from the year before it on (read by the number
 * index), and either found inside a quiet period or with a step decided since the period began.
 * Thousands of other approved plans are left in the file.
 */
async function requestRows(
  db: Database,
  period: StatsPeriod,
): Promise<{ rows: RequestRow[]; quiet: Map<string, QuietOfRequest> }> {
  const r = approvalRequests;
  const s = approvalSteps;
  // A day early: decisions are stored in UTC, the period is in the bureau's calendar.
  const since = `${addCalendarDays(period.from, -1)}T00:00:00.000Z`;
  const first = Number(period.from.slice(0, 4)) - 1;
  // By id from two small index reads: the quiet-period partial index (its condition repeated word for
  // word) and the steps by decision time. `+` keeps the planner off the number index's plans.
  const recent = sql`+${r.kind} IN ('plan', 'special') AND +${r.year} >= ${first} AND ${r.id} IN (
      SELECT ${r.id} FROM ${r} WHERE ${r.kind} IN ('plan', 'special') AND ${r.year} >= ${first}
        AND ${r.findings} LIKE '%QUIET_PERIOD_ON_SITE%'
      UNION SELECT ${s.requestId} FROM ${s} WHERE ${s.decidedAt} >= ${since})`;
  const requests = await db.select().from(r).where(recent);
  // The decided steps of those requests only.
  const ids = JSON.stringify(requests.map((request) => request.id));
  const steps =
    requests.length === 0
      ? []
      : await db
          .select()
          .from(s)
          .where(
            and(
              isNotNull(s.decidedAt),
              inArray(s.status, [...DECIDED]),
              sql`${s.requestId} IN (SELECT value FROM json_each(${ids}))`,
            ),
          );
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
 * Plain rows for the statistics of a period, read from the approvals and referrals features' tables.
 * A referral has a deadline only while it is being rectified (整改期限), so only then can it be overdue.
 */
export async function loadStatsRows(
  db: Database,
  period: StatsPeriod,
  today: string,
  unit?: string,
): Promise<StatsRows> {
  const [{ rows: requests, quiet }, referred, listed, drawn] = await Promise.all([
    requestRows(db, period),
    db.select().from(referrals),
    loadPositiveListed(db),
    listDraws(db),
  ]);
  const flagged = [...quiet].flatMap(([id, q]) => (q.usccs.size > 0 ? [id] : []));
  const range = { ...period, to: period.to < today ? period.to : today };
  const [visits, repeats] = await Promise.all([
    foldedVisits(db, range, flagged),
    repeatedVisits(db, range, unit),
  ]);
  // The registry as far as the figures name it: the positive list and the enterprises listed as repeats.
  const named = new Set(listed.map((e) => e.uscc));
  const others = [...new Set([...repeats.top.map((r) => r.uscc), ...visits.map((v) => v.uscc)])].filter(
    (uscc) => uscc !== '' && !named.has(uscc),
  );
  const registry = [...listed, ...(await findEnterprises(db, others))];
  return {
    repeats,
    inspections: visits.map((v) => {
      const claim = quiet.get(v.requestId);
      const inQuietPeriod = claim?.usccs.has(v.uscc) ?? false;
      return {
        requestId: v.requestId,
        uscc: v.uscc,
        date: v.date,
        unitId: v.unitId,
        type: v.type as InspectionType,
        onSite: true,
        count: v.n,
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
