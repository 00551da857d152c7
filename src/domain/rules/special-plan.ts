import type { Finding, InspectionProposal, LinkedSpecial } from './types.js';

/**
 * A 附件2 plan of type 专项 without the approved 附件1 special inspection it carries out is itself a
 * special inspection in all but name: 第4条 then wants the 局长's approval.
 */
export function isUnlinkedSpecialPlan(proposal: InspectionProposal): boolean {
  return proposal.kind === 'plan' && proposal.type === 'special' && !proposal.special;
}

function block(code: string, message: string): Finding {
  return { severity: 'block', code, message, clause: '4' };
}

/** 第4条: a 专项 plan names an approved special inspection whose period covers the plan's dates. */
export function specialPlanFindings(
  proposal: InspectionProposal,
  linked: LinkedSpecial | undefined,
  datesUsable: boolean,
): Finding[] {
  if (proposal.kind !== 'plan') return [];
  const named = proposal.special;
  if (proposal.type !== 'special') {
    return named
      ? [block('SPECIAL_PLAN_NOT_SPECIAL', `检查类型不是专项，不应关联专项执法检查${named}。`)]
      : [];
  }
  if (!named) {
    return [
      {
        severity: 'warn',
        code: 'SPECIAL_PLAN_UNLINKED',
        message: '专项类检查计划未关联经批准的专项执法检查，按专项检查报局长审批。',
        clause: '4',
      },
    ];
  }
  if (!linked) return [block('SPECIAL_PLAN_UNKNOWN', `未找到专项执法检查${named}。`)];
  if (linked.status !== 'approved') {
    return [block('SPECIAL_PLAN_NOT_APPROVED', `专项执法检查${named}尚未批准，不能据以实施检查。`)];
  }
  if (datesUsable && (proposal.from < linked.from || proposal.to > linked.to)) {
    return [
      block(
        'SPECIAL_PLAN_OUT_OF_PERIOD',
        `检查时间超出专项执法检查${named}的检查时间（${linked.from}至${linked.to}）。`,
      ),
    ];
  }
  return [
    {
      severity: 'info',
      code: 'SPECIAL_PLAN_LINKED',
      message: `本计划实施经批准的专项执法检查${named}「${linked.name}」（${linked.from}至${linked.to}）。`,
      clause: '4',
    },
  ];
}
