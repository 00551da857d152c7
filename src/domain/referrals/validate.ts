import type { DraftField, ReferralDraft } from './annex3.js';
import type { Directory, Enterprise } from '../org.js';
import { checkIdNumber } from './id-number.js';
import type { FieldError, Issue } from './issues.js';
import { matchEnterprise, type EnterpriseMatch } from './match-enterprise.js';
import { routeReferral, type Route } from './routing.js';
import { checkUscc } from './uscc.js';

export interface ReferralContext {
  directory: Directory;
  enterprises: readonly Enterprise[];
}

export interface ReferralCheck {
  /** Wrong values; the referral cannot be sent until they are fixed. */
  errors: FieldError[];
  /** Worth a look; the referral may still be sent. */
  warnings: Issue[];
  /** Fields 附件3 needs that are still empty, in the order to ask for them. */
  missing: DraftField[];
  enterprise: EnterpriseMatch;
  route: Route;
}

function checkCodes(subject: ReferralDraft['subject'], errors: FieldError[], warnings: Issue[]): void {
  if (subject.uscc) {
    const uscc = checkUscc(subject.uscc);
    if (!uscc.ok && uscc.kind === 'malformed') errors.push({ field: 'subject.uscc', message: uscc.message });
    // Some codes issued early fail the check character yet are genuine.
    if (!uscc.ok && uscc.kind === 'check') warnings.push({ code: 'uscc-check', message: uscc.message });
  }
  if (subject.idNumber) {
    const id = checkIdNumber(subject.idNumber);
    if (!id.ok) errors.push({ field: 'subject.idNumber', message: id.message });
  }
}

function checkEnterprise(subject: ReferralDraft['subject'], found: EnterpriseMatch, warnings: Issue[]): void {
  const written = subject.name ?? subject.uscc;
  const { match } = found;
  if (match === undefined) {
    // A person identified by ID number is not expected in the enterprise registry.
    if (written === undefined || (subject.idNumber && !subject.uscc)) return;
    if (found.candidates.length > 1 || (found.candidates.length === 1 && found.how === 'fuzzy')) {
      const names = found.candidates.map((e) => `${e.name}（${e.county}）`).join('、');
      warnings.push({ code: 'ambiguous-enterprise', message: `「${written}」可能为：${names}，请确认。` });
    } else {
      warnings.push({
        code: 'unknown-enterprise',
        message: `企业名录中未找到「${written}」，可继续移送，请核实主体信息。`,
      });
    }
    return;
  }
  if (found.how === 'uscc' && subject.name && !matchEnterprise({ name: subject.name }, [match]).match) {
    warnings.push({
      code: 'name-mismatch',
      message: `该统一社会信用代码在名录中对应${match.name}，与所填名称不一致，请核对。`,
    });
  }
  if (found.how !== 'uscc' && subject.uscc) {
    warnings.push({
      code: 'uscc-mismatch',
      message: `名录中${match.name}的统一社会信用代码为${match.uscc}，与所填代码不一致，请核对。`,
    });
  }
}

function missingFields(draft: ReferralDraft, found: EnterpriseMatch, route: Route): DraftField[] {
  const missing: DraftField[] = [];
  if (!draft.subject.name && found.how !== 'uscc') missing.push('subject.name');
  if (!draft.source) missing.push('source');
  if (draft.source === 'other' && !draft.sourceNote) missing.push('sourceNote');
  if (draft.violations.length === 0) missing.push('violations');
  if (draft.violations.includes('other') && !draft.violationNote) missing.push('violationNote');
  if (!draft.description) missing.push('description');
  if (!route.toUnit) missing.push('toUnit');
  if (!draft.opinion) missing.push('opinion');
  if (draft.opinion === 'coordinate' && !draft.coordinateWith && !draft.coordinateText)
    missing.push('coordinate');
  return missing;
}

/** Checks a draft against 附件3 before it is sent; an unknown enterprise is a warning, not a stop. */
export function validateReferral(draft: ReferralDraft, ctx: ReferralContext): ReferralCheck {
  const errors: FieldError[] = [];
  const warnings: Issue[] = [];
  checkCodes(draft.subject, errors, warnings);
  const enterprise = matchEnterprise(draft.subject, ctx.enterprises);
  checkEnterprise(draft.subject, enterprise, warnings);
  const route = routeReferral(draft, enterprise.match, ctx.directory);
  warnings.push(...route.warnings);
  return { errors, warnings, missing: missingFields(draft, enterprise, route), enterprise, route };
}
