import { clauseLabel, type ClauseId } from '../clauses.js';
import type { RulesDecision, Severity } from './types.js';

const SEVERITY_TAGS: Readonly<Record<Severity, string>> = {
  block: '【须纠正】',
  warn: '【提醒】',
  info: '【说明】',
};

/** The citation closes the line, so the sentence's own full stop goes. */
function cited(message: string, clause: ClauseId): string {
  return `${message.replace(/[。；，]+$/, '')}（${clauseLabel(clause)}）`;
}

function chainLine(decision: RulesDecision): string {
  if (decision.chain.length === 0) return '审批流程：暂无法确定，请先纠正上述问题。';
  return `审批流程：${decision.chain.map((step) => `${step.name}（${step.roleLabel}）`).join('→ ')}`;
}

/** One line per finding and exemption, in the decision's order, then the approval chain. */
export function explainDecision(decision: RulesDecision): string {
  return [
    ...decision.findings.map(
      (finding) => SEVERITY_TAGS[finding.severity] + cited(finding.message, finding.clause),
    ),
    ...decision.exemptions.map((exemption) => `【豁免】${cited(exemption.message, exemption.clause)}`),
    chainLine(decision),
  ].join('\n');
}
