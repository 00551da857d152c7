import { and, inArray, isNotNull } from 'drizzle-orm';
import { approvalRequests, approvalSteps, inspections, referrals } from '../../../db/schema/index.js';
import { loadEnterprises } from '../../directory/directory-repo.js';
import { listDraws } from '../draws/index.js';
import type { ApprovalForm } from '../../domain/approvals/index.js';
import { claimedExemption, type Finding, type InspectionType } from '../../domain/rules/index.js';
import type { RequestRow, StatsRows, StepRow } from '../../domain/stats/index.js';
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

async function requestRows(
  db: Database,
): Promise<{ rows: RequestRow[]; quiet: Map<string, QuietOfRequest> }> {
  const [requests, steps] = await Promise.all([
    db.select().from(approvalRequests),
    db
      .select()
      .from(approvalSteps)
      .where(and(isNotNull(approvalSteps.decidedAt), inArray(approvalSteps.status, [...DECIDED]))),
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
 * Plain rows for the statistics, read from the approvals and referrals features' tables. A referral
 * has a deadline only while it is being rectified (整改期限), so only then can it be overdue.
 */
export async function loadStatsRows(db: Database): Promise<StatsRows> {
  const [visits, { rows: requests, quiet }, referred, registry, drawn] = await Promise.all([
    db.select().from(inspections),
    requestRows(db),
    db.select().from(referrals),
    loadEnterprises(db),
    listDraws(db),
  ]);
  return {
    // A cancelled visit did not happen.
    inspections: visits
      .filter((v) => v.status !== 'cancelled')
      .map((v) => {
        const claim = quiet.get(v.requestId);
        const inQuietPeriod = v.onSite && (claim?.usccs.has(v.uscc) ?? false);
        return {
          requestId: v.requestId,
          uscc: v.uscc,
          date: v.date,
          unitId: v.unitId,
          type: v.type as InspectionType,
          onSite: v.onSite,
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
