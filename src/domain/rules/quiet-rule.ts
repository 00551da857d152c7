import type { Directory, Enterprise, QuietPeriod } from '../org.js';
import { describePeriod } from './quiet-calendar.js';
import { quietPeriodsHitting, type QuietPeriodHit } from './quiet-periods.js';
import { QUIET_EXEMPTION_OTHER, type Finding, type InspectionProposal, type QuietNote } from './types.js';

export interface QuietOutcome {
  findings: Finding[];
  /** An on-site visit falls in a quiet period, so the level's main head must approve last. */
  headNeeded: boolean;
}

/** A notice's own 「其他」 is the form's 「其他（请说明）」, which asks for the reason. */
const BARE_OTHER = /^其他(?:情形|情况)?[。；;]?$/;

/** The exemptions the covering notices list, in their words, each once. */
export function noticeExemptions(periods: readonly QuietPeriod[]): string[] {
  const all = periods.flatMap((period) => period.exemptions ?? []).map((text) => text.trim());
  return [...new Set(all)].filter((text) => text !== '' && !BARE_OTHER.test(text));
}

/** The exemption claimed, as the approver reads it; undefined when none was chosen. */
export function claimedExemption(
  claim: Pick<InspectionProposal, 'quietExemption' | 'quietExemptionNote'>,
): string | undefined {
  const chosen = claim.quietExemption?.trim();
  if (!chosen) return undefined;
  const note = claim.quietExemptionNote?.trim();
  return chosen === QUIET_EXEMPTION_OTHER ? `其他（${note ?? '未说明'}）` : chosen;
}

function describe(hit: QuietPeriodHit): string {
  const { period } = hit;
  const limited = period.categories?.length ? `，限${period.categories.join('、')}` : '';
  const unknown = hit.categoryUnknown ? '，该企业未登记类别，按适用处理' : '';
  return `${describePeriod(period)}${limited}${unknown}，依据：${period.basis}`;
}

function noteOf(hit: QuietPeriodHit, exemption: string | undefined): QuietNote {
  const { period } = hit;
  return {
    jurisdiction: period.jurisdiction,
    period: describePeriod(period),
    basis: period.basis,
    ...(period.categories?.length ? { categories: period.categories } : {}),
    ...(exemption ? { exemption } : {}),
  };
}

const OTHER_HINT = '均不适用的，请选择「其他（请说明）」并写明理由。';

/** 第10条 and the local notice: an on-site visit inside a quiet period names the exemption it relies on. */
function exemptionFindings(proposal: InspectionProposal, hits: readonly QuietPeriodHit[]): Finding[] {
  const chosen = proposal.quietExemption?.trim();
  const block = (code: string, message: string): Finding[] => [
    { severity: 'block', code, message, clause: '10' },
  ];
  if (!chosen) {
    return block(
      'QUIET_EXEMPTION_MISSING',
      `检查时间处于企业安静期，确需现场检查的，请选择适用的例外情形；${OTHER_HINT}`,
    );
  }
  if (chosen === QUIET_EXEMPTION_OTHER) {
    return proposal.quietExemptionNote?.trim()
      ? []
      : block('QUIET_EXEMPTION_REASON_MISSING', '例外情形选择「其他（请说明）」的，请写明理由。');
  }
  const listed = noticeExemptions(hits.map((hit) => hit.period));
  return listed.includes(chosen)
    ? []
    : block(
        'QUIET_EXEMPTION_NOT_LISTED',
        `所选例外情形「${chosen}」不在适用的企业安静期通知所列情形之内，请重新选择；${OTHER_HINT}`,
      );
}

/** 第10条: quiet periods restrict on-site visits only; remote methods go ahead as planned. */
export function quietPeriodFindings(
  proposal: InspectionProposal,
  enterprises: readonly Enterprise[],
  quietPeriods: readonly QuietPeriod[],
  directory: Directory,
  onSite: boolean,
): QuietOutcome {
  const findings: Finding[] = [];
  const allHits: QuietPeriodHit[] = [];
  const exemption = onSite && proposal.kind === 'plan' ? claimedExemption(proposal) : undefined;
  const claim = exemption ? `，申请所称例外情形：${exemption}` : '';
  for (const enterprise of enterprises) {
    const hits = quietPeriodsHitting(enterprise, proposal.from, proposal.to, quietPeriods, directory);
    allHits.push(...hits);
    for (const hit of hits) {
      const lead = `${enterprise.name}检查时间有${hit.days.length}天处于企业安静期（${describe(hit)}）`;
      findings.push(
        onSite
          ? {
              severity: 'warn',
              code: 'QUIET_PERIOD_ON_SITE',
              message: `${lead}${claim}，确需现场检查的，须报请本级行政执法主体主要负责人批准。`,
              clause: '10',
              enterprise: enterprise.uscc,
              quiet: noteOf(hit, exemption),
            }
          : {
              severity: 'info',
              code: 'QUIET_PERIOD_OFF_SITE',
              message: `${lead}，本次为非现场检查，不受安静期限制。`,
              clause: '10',
              enterprise: enterprise.uscc,
              quiet: noteOf(hit, undefined),
            },
      );
    }
  }
  // 附件1 has no such question: a special inspection's approval already weighs its whole period.
  if (onSite && proposal.kind === 'plan' && allHits.length > 0)
    findings.push(...exemptionFindings(proposal, allHits));
  return { findings, headNeeded: onSite && allHits.length > 0 };
}
