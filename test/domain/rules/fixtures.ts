import { readFileSync } from 'node:fs';
import type { Directory, Enterprise, QuietPeriod } from '../../../src/domain/org.js';
import {
  DEFAULT_SETTINGS,
  QUIET_EXEMPTION_OTHER,
  type InspectionProposal,
  type PastInspection,
  type RulesContext,
  type RulesDecision,
} from '../../../src/domain/rules/index.js';

function seed<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../../db/seed/${file}`, import.meta.url), 'utf8')) as T;
}

export const directory = seed<Directory>('org.json');
export const enterprises = seed<{ enterprises: Enterprise[] }>('enterprises.json').enterprises;
export const quietPeriods = seed<{ quietPeriods: QuietPeriod[] }>('quiet-periods.json').quietPeriods;

/** Seed enterprises by trade; the comments give the county the quiet-period cases rely on. */
export const USCC = {
  /** 上党区 */
  coking: '91140404A10YRXXR9P',
  /** 潞城区 */
  steel: '91140406W20GL578PP',
  /** 潞州区, on the positive list */
  power: '91140403TFCBQRCW7W',
  /** 长治高新区, on the positive list and in an enterprise-scoped quiet period */
  pharma: '9114047195FNJANWHJ',
  /** 襄垣县 */
  coal: '9114042350KCWF4QWJ',
} as const;

export function enterprise(uscc: string): Enterprise {
  const found = enterprises.find((candidate) => candidate.uscc === uscc);
  if (!found) throw new Error(`No seed enterprise ${uscc}`);
  return found;
}

/** The seed enterprises with some fields replaced, e.g. to flag a major problem. */
export function enterprisesWith(uscc: string, changes: Partial<Enterprise>): Enterprise[] {
  return enterprises.map((candidate) => (candidate.uscc === uscc ? { ...candidate, ...changes } : candidate));
}

export function context(overrides: Partial<RulesContext> = {}): RulesContext {
  return {
    directory,
    enterprises,
    quietPeriods,
    pastInspections: [],
    otherPlans: [],
    settings: DEFAULT_SETTINGS,
    today: '2026-05-20',
    ...overrides,
  };
}

/** A routine 双随机 on-site plan by the city 大气环境科, outside every quiet period. */
export function plan(overrides: Partial<InspectionProposal> = {}): InspectionProposal {
  return {
    kind: 'plan',
    applicant: 'air-officer',
    unit: 'air',
    type: 'random',
    methods: ['on-site'],
    enterprises: [USCC.coking],
    from: '2026-06-01',
    to: '2026-06-02',
    // The plan form's answer for a visit inside a quiet period; ignored outside one.
    quietExemption: QUIET_EXEMPTION_OTHER,
    quietExemptionNote: '上级交办的执法检查',
    ...overrides,
  };
}

/** A well-formed special inspection by the city 大气环境科. */
export function special(overrides: Partial<InspectionProposal> = {}): InspectionProposal {
  return plan({
    kind: 'special',
    type: 'special',
    name: '焦化行业超标排放专项检查',
    focus: '超标排放',
    targets: '2026年自动监控数据异常的焦化企业',
    content: '自动监控设施运行、污染物排放浓度',
    from: '2026-06-01',
    to: '2026-06-30',
    ...overrides,
  });
}

export function visits(uscc: string, dates: string[], extra: Partial<PastInspection> = {}): PastInspection[] {
  return dates.map((date) => ({ uscc, date, unit: 'luzhou', type: 'random', onSite: true, ...extra }));
}

export function codes(decision: RulesDecision): string[] {
  return decision.findings.map((finding) => finding.code);
}

export function chainIds(decision: RulesDecision): string[] {
  return decision.chain.map((step) => step.personId);
}
