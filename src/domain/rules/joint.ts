import type { Directory, Enterprise } from '../org.js';
import { addDays, distanceDays, isCalendarDate, type DateRange } from './dates.js';
import { unitName } from './directory.js';
import type { Finding, InspectionProposal, OtherPlan } from './types.js';

function comparable(plan: OtherPlan, proposal: InspectionProposal): boolean {
  return (
    plan.unit !== proposal.unit &&
    (proposal.id === undefined || plan.id !== proposal.id) &&
    isCalendarDate(plan.from) &&
    isCalendarDate(plan.to) &&
    plan.from <= plan.to
  );
}

/**
 * The dates another plan must touch to count as "around the same time" as `proposal` (第3条): its
 * range widened by the window on both sides. Undefined when the proposal's own dates are not a range.
 */
export function jointWindow(proposal: DateRange, windowDays: number): DateRange | undefined {
  if (!isCalendarDate(proposal.from) || !isCalendarDate(proposal.to) || proposal.from > proposal.to)
    return undefined;
  return { from: addDays(proposal.from, -windowDays), to: addDays(proposal.to, windowDays) };
}

/** 第3条 综合一次查: another unit visiting the same enterprise around the same time should go together. */
export function jointFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  otherPlans: readonly OtherPlan[],
  directory: Directory,
  windowDays: number,
): Finding[] {
  const findings: Finding[] = [];
  for (const plan of otherPlans) {
    if (!comparable(plan, proposal) || distanceDays(plan, proposal) > windowDays) continue;
    const status = plan.status === 'approved' ? '已批准' : '待审批';
    for (const enterprise of enterprises.filter((candidate) => plan.enterprises.includes(candidate.uscc))) {
      findings.push({
        severity: 'warn',
        code: 'JOINT_INSPECTION',
        message: `${unitName(directory, plan.unit)}对${enterprise.name}的检查计划（${plan.from}至${plan.to}，${status}）与本次时间相近，建议合并开展“综合一次查”，避免重复检查。`,
        clause: '3',
        enterprise: enterprise.uscc,
        otherUnit: plan.unit,
        otherPlanId: plan.id,
      });
    }
  }
  return findings;
}
