// A rules context read with only the queries one check needs, each on an index: the way the
// approvals feature's buildRulesContext could read 综合一次查 candidates at this scale.
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import { approvalRequests, inspections } from '../../db/schema/index.js';
import { findEnterprises, loadQuietPeriods } from '../../src/directory/directory-repo.js';
import type { Directory } from '../../src/domain/org.js';
import type {
  InspectionProposal,
  InspectionType,
  OtherPlan,
  RulesContext,
} from '../../src/domain/rules/index.js';
import { loadApprovalSettings } from '../../src/features/approvals/store/settings-repo.js';
import type { Database } from '../../src/store/db.js';

export async function targetedContext(
  db: Database,
  directory: Directory,
  proposal: InspectionProposal,
  today: string,
): Promise<RulesContext> {
  const years = [...new Set([today, proposal.from].map((d) => Number(d.slice(0, 4))))];
  const [registry, quietPeriods, visits, settings] = await Promise.all([
    findEnterprises(db, proposal.enterprises),
    loadQuietPeriods(db),
    db
      .select()
      .from(inspections)
      .where(and(inArray(inspections.uscc, proposal.enterprises), inArray(inspections.year, years))),
    loadApprovalSettings(db),
  ]);
  // Approved plans of other units are found through their inspection rows (indexed by enterprise);
  // pending plans are few, so all of them are read.
  const approvedIds = [...new Set(visits.filter((v) => v.unitId !== proposal.unit).map((v) => v.requestId))];
  const candidates = await db
    .select({
      id: approvalRequests.id,
      unit: approvalRequests.unitId,
      enterprises: approvalRequests.enterprises,
      from: approvalRequests.from,
      to: approvalRequests.to,
      status: approvalRequests.status,
    })
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.kind, 'plan'),
        ne(approvalRequests.unitId, proposal.unit),
        or(inArray(approvalRequests.id, approvedIds), eq(approvalRequests.status, 'pending')),
      ),
    );
  const otherPlans: OtherPlan[] = candidates
    .filter((r) => r.enterprises.some((u) => proposal.enterprises.includes(u)))
    .map((r) => ({ ...r, status: r.status as OtherPlan['status'] }));
  return {
    directory,
    enterprises: registry,
    quietPeriods,
    pastInspections: visits.map((v) => ({
      uscc: v.uscc,
      date: v.date,
      unit: v.unitId,
      type: v.type as InspectionType,
      onSite: v.onSite,
      requestId: v.requestId,
    })),
    otherPlans,
    settings: settings.rules,
    today,
  };
}
