import {
  evaluateInspection,
  explainDecision,
  isCapExempt,
  isOnSite,
  type Finding,
  type RulesDecision,
} from '../rules/index.js';
import { cite, type CitationRequest } from './citations.js';
import { prepareCase } from './case-context.js';
import type { CaseFacts } from './facts.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/**
 * Blocks about what a filled-in form would say (no content, no focus written) are reminders for the
 * application, not reasons the visit cannot go ahead: a chat question is not a form.
 */
function isFormGap(finding: Finding, facts: CaseFacts): boolean {
  return (
    finding.code.endsWith('_MISSING') ||
    (finding.code === 'SPECIAL_BLANKET' &&
      facts.focus === undefined &&
      !/全覆盖|所有|全部|无差别/.test(finding.message))
  );
}

function bare(message: string): string {
  return message.replace(/[。；，]+$/, '');
}

/** The sentence the officer reads first: go or not, what the rules warn about, and who approves. */
function verdict(rules: RulesDecision, blocks: Finding[], capFree: boolean, named: boolean): string {
  const parts = [blocks[0] ? `按所述情况暂不能开展：${bare(blocks[0].message)}` : '可以开展'];
  const warning = rules.findings.find((finding) => finding.severity === 'warn');
  const note = rules.findings.find((f) => f.severity === 'info' && !f.code.startsWith('CHAIN_'));
  if (!blocks[0] && warning) parts.push(`但${bare(warning.message)}`);
  else if (!blocks[0] && note) parts.push(bare(note.message));
  const exemption = rules.exemptions[0];
  if (exemption) parts.push(bare(exemption.message));
  else if (capFree) parts.push('本次检查可以不受频次上限限制');
  if (rules.chain.length > 0) {
    const steps = rules.chain.map((step) => (named ? `${step.roleLabel}（${step.name}）` : step.roleLabel));
    parts.push(`审批流程为${steps.join('→')}`);
  }
  return `${parts.join('；')}。`;
}

/** Runs the case through the rules module and cites every clause the decision rests on. */
export function answerCase(facts: CaseFacts, question: string, ctx: AnswerContext): PolicyAnswer {
  const prepared = prepareCase(facts, question, ctx);
  const rules = evaluateInspection(prepared.proposal, prepared.rules);
  const gaps = rules.findings.filter((finding) => isFormGap(finding, facts));
  const blocks = rules.findings.filter((finding) => finding.severity === 'block' && !gaps.includes(finding));
  const capFree =
    isOnSite(prepared.proposal.methods) &&
    isCapExempt(prepared.proposal.type) &&
    !rules.exemptions.some((exemption) => exemption.clause === '3');
  const assumptions = [...prepared.assumptions, ...gaps.map((gap) => `正式申请时须补充：${gap.message}`)];
  if (
    facts.quiet &&
    !prepared.hypothetical &&
    !rules.findings.some((f) => f.code.startsWith('QUIET_PERIOD'))
  ) {
    assumptions.push('企业安静期日历中，该企业在所述日期不处于安静期，请核实。');
  }
  const requests: CitationRequest[] = [
    ...rules.findings.map((finding) => ({ clause: finding.clause, about: finding.message })),
    ...rules.exemptions.map((exemption) => ({ clause: exemption.clause, about: exemption.message })),
    ...rules.chain.map((step) => ({ clause: step.clause, about: step.why })),
    ...(capFree
      ? [{ clause: '3' as const, about: '投诉举报 转办交办 数据监测 企业申请 不受频次上限限制' }]
      : []),
  ];
  return {
    // People are named only when the question fixed the unit; a default unit's head is nobody's answer.
    answer: verdict(rules, blocks, capFree, !!facts.unit || (!!facts.enterprise && facts.level !== 'city')),
    citations: cite(requests),
    outOfScope: false,
    decision: {
      hypothetical: prepared.hypothetical,
      proposal: prepared.proposal,
      rules,
      explanation: explainDecision(rules),
      assumptions,
    },
    offerApproval: blocks.length === 0 && rules.chain.length > 0,
  };
}
