import { capFindings } from './caps.js';
import { buildChain } from './chain.js';
import { findUnit } from './directory.js';
import { sortFindings, uniqueFindings } from './findings.js';
import { jointFindings } from './joint.js';
import { isOnSite } from './methods.js';
import { positiveListFindings } from './positive-list.js';
import { quietPeriodFindings } from './quiet-rule.js';
import { specialFindings } from './special.js';
import { specialPlanFindings } from './special-plan.js';
import type {
  ChainStep,
  Exemption,
  Finding,
  InspectionProposal,
  RulesContext,
  RulesDecision,
} from './types.js';
import { unlistedEnterprise, validateProposal } from './validate.js';

/**
 * Applies 长环发〔2025〕36号 to one proposal. Every rule runs even when another already blocks, so
 * the applicant sees all that needs fixing at once; rules that need valid dates wait for them.
 */
export function evaluateInspection(proposal: InspectionProposal, ctx: RulesContext): RulesDecision {
  const { findings: invalid, enterprises, unlisted, datesUsable } = validateProposal(proposal, ctx);
  const findings: Finding[] = [...invalid];
  const exemptions: Exemption[] = [];
  const onSite = isOnSite(proposal.methods);

  if (proposal.kind === 'special') findings.push(...specialFindings(proposal, ctx.settings, datesUsable));
  findings.push(...specialPlanFindings(proposal, ctx.linkedSpecial, datesUsable));

  let quietHeadNeeded = false;
  if (datesUsable) {
    const named = [...enterprises, ...unlisted.map(unlistedEnterprise)];
    const quiet = quietPeriodFindings(proposal, named, ctx.quietPeriods, ctx.directory, onSite);
    findings.push(...quiet.findings);
    quietHeadNeeded = quiet.headNeeded;
    // The cap counts an enterprise's visits by its USCC (past visits are stored and found by it), so
    // one named only by name is not counted: a name is no identity (「某某加工厂」 and 「某某加工部」
    // may be one works, two works may share a trade name), and ENTERPRISE_UNLISTED tells the
    // approvers the count could not be checked.
    if (onSite) {
      const caps = capFindings(proposal, enterprises, ctx.pastInspections, ctx.settings, ctx.directory);
      findings.push(...caps.findings);
      exemptions.push(...caps.exemptions);
    }
    findings.push(
      ...jointFindings(proposal, enterprises, ctx.otherPlans, ctx.directory, ctx.settings.jointWindowDays),
      ...positiveListFindings(proposal, enterprises, onSite),
    );
  }

  let chain: ChainStep[] = [];
  const unit = findUnit(ctx.directory, proposal.unit);
  if (unit) {
    const built = buildChain(proposal, ctx.directory, unit, quietHeadNeeded);
    chain = built.chain;
    findings.push(...built.findings);
  }

  const ordered = sortFindings(uniqueFindings(findings));
  return { chain, findings: ordered, exemptions, blocked: ordered.some((f) => f.severity === 'block') };
}
