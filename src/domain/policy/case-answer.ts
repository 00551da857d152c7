import {
  evaluateInspection,
  explainDecision,
  isCapExempt,
  isOnSite,
  type Finding,
  type RulesDecision,
} from '../rules/index.js';
import { clauseLabel, type ClauseId } from '../clauses.js';
import { cite, type CitationRequest } from './citations.js';
import { prepareCase } from './case-context.js';
import type { CaseFacts } from './facts.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/**
 * Blocks about what a filled-in form would say (no content written) are reminders for the
 * application, not reasons the visit cannot go ahead: a chat question is not a form.
 */
function isFormGap(finding: Finding): boolean {
  return finding.code.endsWith('_MISSING');
}

/** 「…（第10条）」: which clause decides each fact the sentence states. */
function bare(message: string, clause?: ClauseId): string {
  const text = message.replace(/[。；，]+$/, '');
  return clause ? `${text}（${clauseLabel(clause).split(' ')[0]}）` : text;
}

/** The trigger 第3条 frees from the cap, in the scheme's words, to say which fact frees this visit. */
const TRIGGER_WORDS: Partial<Record<string, string>> = {
  complaint: '投诉举报',
  referral: '转办交办',
  monitoring: '数据监测',
  'enterprise-request': '企业申请',
};
const NEED = /需要|要不要|需不需要|用不用|是否需要|要报|要批/;

/** The sentence the officer reads first: go or not, what the rules warn about, and who approves. */
function verdict(
  rules: RulesDecision,
  blocks: Finding[],
  flags: { capFree: boolean; named: boolean; quietAsked: boolean; question: string; trigger?: string },
): string {
  const parts = [
    blocks[0] ? `按所述情况暂不能开展：${bare(blocks[0].message, blocks[0].clause)}` : '可以开展',
  ];
  // The officer asked about a quiet period the calendar does not have: say so rather than nothing.
  if (flags.quietAsked && !rules.findings.some((finding) => finding.code.startsWith('QUIET_PERIOD'))) {
    parts.push('按企业安静期日历，所述日期不在安静期内');
  }
  const warning = rules.findings.find((finding) => finding.severity === 'warn');
  const note = rules.findings.find((f) => f.severity === 'info' && !f.code.startsWith('CHAIN_'));
  if (!blocks[0] && warning) parts.push(`但${bare(warning.message, warning.clause)}`);
  else if (!blocks[0] && note) parts.push(bare(note.message, note.clause));
  for (const block of blocks.slice(1)) parts.push(bare(block.message, block.clause));
  const exemption = rules.exemptions[0];
  const trigger = flags.trigger ? `本次系因${flags.trigger}实施，` : '本次检查';
  if (exemption) parts.push(bare(exemption.message, exemption.clause));
  else if (flags.capFree) parts.push(`${trigger}可以不受频次上限限制（第3条）`);
  let chain = '';
  if (rules.chain.length > 0) {
    const steps = rules.chain.map((step) =>
      flags.named ? `${step.roleLabel}（${step.name}）` : step.roleLabel,
    );
    chain = `审批流程为${steps.join('→')}（${clauseLabel(rules.chain[0]?.clause ?? '5').split(' ')[0]}）`;
  }
  const quietOnSite = rules.findings.some((f) => f.code.startsWith('QUIET_PERIOD') && f.severity !== 'info');
  // 「需要谁批？」 is answered by the chain, 「需要…批准吗？」 by whether approval is needed at all.
  if (/谁|哪位|哪个领导/.test(flags.question) && chain) return `${chain}；${parts.join('；')}。`;
  const sentence = `${[...parts, ...(chain ? [chain] : [])].join('；')}。`;
  if (!NEED.test(flags.question) || !/批|审/.test(flags.question)) return sentence;
  const needed = /主要负责人|一把手|局长/.test(flags.question) ? quietOnSite : rules.chain.length > 0;
  return `${needed ? '需要' : '不需要'}。${sentence}`;
}

/** Runs the case through the rules module and cites every clause the decision rests on. */
export function answerCase(facts: CaseFacts, question: string, ctx: AnswerContext): PolicyAnswer {
  const prepared = prepareCase(facts, question, ctx);
  const rules = evaluateInspection(prepared.proposal, prepared.rules);
  const gaps = rules.findings.filter(isFormGap);
  const blocks = rules.findings.filter((finding) => finding.severity === 'block' && !gaps.includes(finding));
  const capFree =
    isOnSite(prepared.proposal.methods) &&
    isCapExempt(prepared.proposal.type) &&
    !rules.exemptions.some((exemption) => exemption.clause === '3');
  const assumptions = [...prepared.assumptions, ...gaps.map((gap) => `正式申请时须补充：${gap.message}`)];
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
    answer: verdict(rules, blocks, {
      capFree,
      named: !!facts.unit || (!!facts.enterprise && facts.level !== 'city'),
      quietAsked: !!facts.quiet && !prepared.hypothetical,
      question,
      ...(TRIGGER_WORDS[prepared.proposal.type] ? { trigger: TRIGGER_WORDS[prepared.proposal.type] } : {}),
    }),
    citations: cite(requests),
    outOfScope: false,
    decision: {
      hypothetical: prepared.hypothetical,
      proposal: prepared.proposal,
      rules,
      // Form gaps are said once, as what the application must add, not as findings to correct.
      explanation: explainDecision({ ...rules, findings: rules.findings.filter((f) => !gaps.includes(f)) }),
      assumptions,
    },
    offerApproval: blocks.length === 0 && rules.chain.length > 0,
  };
}
