import type { ClauseId } from '../clauses.js';
import type { Enterprise } from '../org.js';
import { isCalendarDate } from './dates.js';
import { findUnit } from './directory.js';
import type { Finding, InspectionProposal, RulesContext } from './types.js';

export interface ValidatedProposal {
  findings: Finding[];
  /** The named enterprises found in the registry, each once, in the order named. */
  enterprises: Enterprise[];
  /** Enterprises named by a name the registry does not hold (no USCC), each once. */
  unlisted: string[];
  /** Both dates are real calendar days and `from` is not after `to`. */
  datesUsable: boolean;
}

/** 统一社会信用代码: 18 digits and capitals (GB 32100); anything else named is an enterprise's name. */
const USCC_SHAPE = /^[0-9A-Z]{18}$/;

/** Missing or malformed entries are faults in the form the applicant filled in. */
function formClause(proposal: InspectionProposal): ClauseId {
  return proposal.kind === 'special' ? 'annex-1' : 'annex-2';
}

function block(proposal: InspectionProposal, code: string, message: string, enterprise?: string): Finding {
  return {
    severity: 'block',
    code,
    message,
    clause: formClause(proposal),
    ...(enterprise ? { enterprise } : {}),
  };
}

function dateFindings(proposal: InspectionProposal): Finding[] {
  if (!proposal.from.trim() || !proposal.to.trim()) {
    return [block(proposal, 'DATE_MISSING', '未填写检查起止日期。')];
  }
  const invalid = [proposal.from, proposal.to].filter((date) => !isCalendarDate(date));
  if (invalid.length > 0) {
    return invalid.map((date) =>
      block(proposal, 'DATE_INVALID', `检查时间“${date}”不是有效日期，应为“年-月-日”格式。`),
    );
  }
  if (proposal.from > proposal.to) {
    return [
      block(proposal, 'DATE_RANGE_INVERTED', `检查开始日期${proposal.from}晚于结束日期${proposal.to}。`),
    ];
  }
  return [];
}

export function validateProposal(proposal: InspectionProposal, ctx: RulesContext): ValidatedProposal {
  const findings: Finding[] = [];
  if (!findUnit(ctx.directory, proposal.unit)) {
    findings.push({
      severity: 'block',
      code: 'UNIT_UNKNOWN',
      message: `实施单位“${proposal.unit}”不在机构名录中，无法确定审批流程。`,
      clause: '5',
    });
  }
  const dates = dateFindings(proposal);
  findings.push(...dates);
  if (proposal.methods.length === 0) {
    findings.push(block(proposal, 'METHODS_MISSING', '未选择检查方式。'));
  }
  // A special inspection may describe its targets in words; a plan must name its enterprises.
  if (proposal.kind === 'plan' && proposal.enterprises.length === 0) {
    findings.push(block(proposal, 'ENTERPRISES_MISSING', '未填写入企执法检查对象。'));
  }
  const enterprises: Enterprise[] = [];
  const unlisted: string[] = [];
  for (const uscc of new Set(proposal.enterprises)) {
    const enterprise = ctx.enterprises.find((candidate) => candidate.uscc === uscc);
    if (enterprise) enterprises.push(enterprise);
    else if (proposal.kind === 'plan' && !USCC_SHAPE.test(uscc)) {
      // A small works the registry does not hold (a workshop found on patrol) may be named by its
      // name; a code that is not in the registry is a typo and blocks.
      unlisted.push(uscc);
      findings.push({
        severity: 'warn',
        code: 'ENTERPRISE_UNLISTED',
        message: `${uscc}不在企业名录中，按名称列入检查对象；请核实企业名称，其年度现场检查次数无法按统一社会信用代码核对。`,
        clause: '3',
      });
    } else {
      findings.push(
        block(
          proposal,
          'ENTERPRISE_UNKNOWN',
          `统一社会信用代码${uscc}不在企业名录中，请核实检查对象。`,
          uscc,
        ),
      );
    }
  }
  return { findings, enterprises, unlisted, datesUsable: dates.length === 0 };
}

/**
 * An enterprise named only by name, as the rules that go by date and place see it: a citywide quiet
 * period or a notice naming it covers it; with no code it has no visits to count under the cap.
 */
export function unlistedEnterprise(name: string): Enterprise {
  return { name, uscc: '', county: '', industry: '', keyPolluter: false, positiveList: false };
}
