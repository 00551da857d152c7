import type { Enterprise } from '../org.js';
import { capFindings } from '../rules/caps.js';
import { positiveListFindings } from '../rules/positive-list.js';
import type { InspectionProposal, LocalSettings, PastInspection } from '../rules/types.js';
import { compareCodes } from './canonical.js';
import type { DrawSize, Exclusion, PoolFilters } from './types.js';

export interface PoolContext {
  /** Person id of the person starting the draw and the unit that will inspect. */
  applicant: string;
  unit: string;
  /** Inclusive inspection period, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Inspections of the enterprises in the calendar year of `from`. */
  pastInspections: readonly PastInspection[];
  settings: LocalSettings;
}

export interface EnterprisePool {
  /** Sorted by USCC. */
  eligible: Enterprise[];
  excluded: Exclusion[];
}

export function matchesFilters(enterprise: Enterprise, filters: PoolFilters): boolean {
  if (filters.counties.length > 0 && !filters.counties.includes(enterprise.county)) return false;
  if (filters.industries.length > 0 && !filters.industries.includes(enterprise.industry)) return false;
  if (filters.keyPolluter === 'only') return enterprise.keyPolluter;
  if (filters.keyPolluter === 'exclude') return !enterprise.keyPolluter;
  return true;
}

/** The random on-site visit the draw would plan, as the rules module checks it. */
function randomVisit(ctx: PoolContext, uscc: string): InspectionProposal {
  return {
    kind: 'plan',
    applicant: ctx.applicant,
    unit: ctx.unit,
    type: 'random',
    methods: ['on-site'],
    enterprises: [uscc],
    from: ctx.from,
    to: ctx.to,
  };
}

/**
 * The enterprises a draw may pick. Inside the filters, a positive-list enterprise (第9条: no routine
 * visits) and one that has reached its yearly on-site cap (第3条, raised by 第11条) are kept out,
 * by the same rules that would block its plan, and the reason is published with the draw.
 */
export function buildEnterprisePool(
  registry: readonly Enterprise[],
  filters: PoolFilters,
  ctx: PoolContext,
): EnterprisePool {
  const pool: EnterprisePool = { eligible: [], excluded: [] };
  const candidates = registry
    .filter((e) => matchesFilters(e, filters))
    .sort((a, b) => compareCodes(a.uscc, b.uscc));
  for (const enterprise of candidates) {
    const visit = randomVisit(ctx, enterprise.uscc);
    const listed = positiveListFindings(visit, [enterprise], true).some((f) => f.severity === 'block');
    const atCap = capFindings(visit, [enterprise], ctx.pastInspections, ctx.settings).findings.some(
      (f) => f.code === 'CAP_EXCEEDED',
    );
    if (listed) {
      pool.excluded.push({
        uscc: enterprise.uscc,
        name: enterprise.name,
        reason: 'positive-list',
        message: `${enterprise.name}列入监督执法正面清单，不列入随机抽查。`,
      });
    } else if (atCap) {
      pool.excluded.push({
        uscc: enterprise.uscc,
        name: enterprise.name,
        reason: 'at-cap',
        message: `${enterprise.name}本年度现场检查已达上限，不列入随机抽查。`,
      });
    } else {
      pool.eligible.push(enterprise);
    }
  }
  return pool;
}

/** A count is taken as is; a ratio is applied to the pool and rounded up, so a ratio never draws none. */
export function drawCount(poolSize: number, size: DrawSize): number {
  if ('count' in size) return size.count;
  return Math.ceil((poolSize * size.ratioPercent) / 100);
}
