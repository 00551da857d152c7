import type { Directory, Enterprise } from '../org.js';
import type { LocalSettings, PastInspection } from '../rules/types.js';
import { canonicalInput } from './canonical.js';
import { eligibleInspectors } from './draw.js';
import { inspectorPool, recusalsFor, type DeclaredConflict, type InspectorVisit } from './inspectors.js';
import { buildEnterprisePool, drawCount } from './pool.js';
import {
  DRAW_ALGORITHM,
  MIN_INSPECTORS_PER_ENTERPRISE,
  type DrawInput,
  type DrawSize,
  type Exclusion,
  type PoolFilters,
} from './types.js';

/** What the person starting a draw chose. */
export interface DrawRequest {
  filters: PoolFilters;
  size: DrawSize;
  perEnterprise: number;
  /** Units whose enforcement officers form the inspector pool. */
  inspectorUnits: string[];
  /** An inspector who visited an enterprise within this many months is not drawn for it. */
  recusalMonths: number;
  /** Inclusive inspection period. */
  from: string;
  to: string;
  seed: string;
}

/** What the bureau's records say at the moment of the draw. */
export interface DrawFacts {
  directory: Directory;
  registry: readonly Enterprise[];
  pastInspections: readonly PastInspection[];
  settings: LocalSettings;
  visits: readonly InspectorVisit[];
  conflicts: readonly DeclaredConflict[];
  today: string;
  applicant: string;
  unit: string;
}

export type PreparedDraw =
  { ok: true; input: DrawInput; excluded: Exclusion[] } | { ok: false; error: string };

function fail(error: string): PreparedDraw {
  return { ok: false, error };
}

/** Builds the exact, canonical input of a draw, or says in one sentence why it cannot be held. */
export function prepareDraw(request: DrawRequest, facts: DrawFacts): PreparedDraw {
  if (request.from > request.to) return fail(`检查开始日期${request.from}晚于结束日期${request.to}。`);
  if (request.from < facts.today) return fail(`检查开始日期${request.from}早于今天。`);
  if (!Number.isSafeInteger(request.perEnterprise) || request.perEnterprise < MIN_INSPECTORS_PER_ENTERPRISE) {
    return fail(`每家企业至少随机选派${MIN_INSPECTORS_PER_ENTERPRISE}名执法检查人员。`);
  }
  if (
    'ratioPercent' in request.size &&
    !(request.size.ratioPercent > 0 && request.size.ratioPercent <= 100)
  ) {
    return fail('抽取比例应大于0且不超过100%。');
  }
  const inspectors = inspectorPool(facts.directory, request.inspectorUnits);
  if (inspectors.length < request.perEnterprise) {
    return fail(`执法检查人员库仅有${inspectors.length}人，不足每家企业${request.perEnterprise}人。`);
  }
  const pool = buildEnterprisePool(facts.registry, request.filters, {
    applicant: facts.applicant,
    unit: facts.unit,
    from: request.from,
    to: request.to,
    pastInspections: facts.pastInspections,
    settings: facts.settings,
  });
  const usccs = pool.eligible.map((e) => e.uscc);
  const recusals = recusalsFor(usccs, inspectors, facts.visits, facts.conflicts, {
    today: facts.today,
    months: request.recusalMonths,
  });
  const draft = canonicalInput({
    algorithm: DRAW_ALGORITHM,
    seed: request.seed,
    enterprises: usccs,
    inspectors,
    count: 0,
    perEnterprise: request.perEnterprise,
    recusals,
  });
  const excluded = [...pool.excluded];
  const staffed = pool.eligible.filter((enterprise) => {
    if (eligibleInspectors(draft, enterprise.uscc).length >= request.perEnterprise) return true;
    excluded.push({
      uscc: enterprise.uscc,
      name: enterprise.name,
      reason: 'too-few-inspectors',
      message: `${enterprise.name}回避后可选派的执法检查人员不足${request.perEnterprise}名，不列入本次抽查。`,
    });
    return false;
  });
  if (staffed.length === 0) return fail('筛选条件下没有可抽取的企业。');
  const count = drawCount(staffed.length, request.size);
  if (!Number.isSafeInteger(count) || count < 1) return fail('抽取数量应至少为1家。');
  if (count > staffed.length) return fail(`抽取数量${count}家超过可抽取企业数${staffed.length}家。`);
  const input = canonicalInput({ ...draft, enterprises: staffed.map((e) => e.uscc), count });
  return { ok: true, input, excluded };
}
