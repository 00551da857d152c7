import { canonicalInput, compareCodes } from './canonical.js';
import { sample, SplitMix64 } from './splitmix64.js';
import { DRAW_ALGORITHM, MIN_INSPECTORS_PER_ENTERPRISE, type DrawInput, type DrawResult } from './types.js';

export class DrawError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrawError';
  }
}

/** Inspectors who may be drawn for the enterprise, in canonical order. */
export function eligibleInspectors(input: DrawInput, uscc: string): string[] {
  const recused = new Set(input.recusals.filter((r) => r.uscc === uscc).map((r) => r.personId));
  return input.inspectors.filter((personId) => !recused.has(personId));
}

/**
 * The draw, fully determined by its input:
 * 1. put the lists in canonical order and seed SplitMix64 with the published seed;
 * 2. draw `count` enterprises with a partial Fisher–Yates shuffle of the enterprise list;
 * 3. for each drawn enterprise in the order drawn, draw `perEnterprise` inspectors the same way
 *    from the inspector list less those recused for it, continuing the same random stream.
 */
export function runDraw(raw: DrawInput): DrawResult {
  const input = canonicalInput(raw);
  if (input.algorithm !== DRAW_ALGORITHM) throw new DrawError(`不支持的抽取算法：${String(input.algorithm)}`);
  if (input.perEnterprise < MIN_INSPECTORS_PER_ENTERPRISE) {
    throw new DrawError(`每家企业至少选派${MIN_INSPECTORS_PER_ENTERPRISE}名执法检查人员。`);
  }
  if (!Number.isSafeInteger(input.count) || input.count < 1 || input.count > input.enterprises.length) {
    throw new DrawError(`抽取数量应在1至${input.enterprises.length}家之间。`);
  }
  const rng = new SplitMix64(input.seed);
  const drawn = sample(input.enterprises, input.count, rng);
  return {
    assignments: drawn.map((uscc) => {
      const eligible = eligibleInspectors(input, uscc);
      if (eligible.length < input.perEnterprise) {
        throw new DrawError(`企业${uscc}回避后可选派的执法检查人员不足${input.perEnterprise}名。`);
      }
      return { uscc, inspectors: sample(eligible, input.perEnterprise, rng).sort(compareCodes) };
    }),
  };
}

export type DrawVerdict = { same: true } | { same: false; differences: string[] };

/** Re-runs the draw and names each place the recorded result departs from it. */
export function verifyDraw(input: DrawInput, recorded: DrawResult): DrawVerdict {
  let expected: DrawResult;
  try {
    expected = runDraw(input);
  } catch (err) {
    return { same: false, differences: [`按记录的输入无法重新抽取：${(err as Error).message}`] };
  }
  const differences: string[] = [];
  const rows = Math.max(expected.assignments.length, recorded.assignments.length);
  for (let i = 0; i < rows; i += 1) {
    const want = expected.assignments[i];
    const got = recorded.assignments[i];
    const place = `第${i + 1}家`;
    if (!want || !got) {
      differences.push(`${place}：记录为${got?.uscc ?? '无'}，重新抽取为${want?.uscc ?? '无'}`);
    } else if (want.uscc !== got.uscc) {
      differences.push(`${place}企业：记录为${got.uscc}，重新抽取为${want.uscc}`);
    } else if (want.inspectors.join(',') !== [...got.inspectors].sort(compareCodes).join(',')) {
      differences.push(
        `${place}（${got.uscc}）检查人员：记录为${got.inspectors.join('、')}，重新抽取为${want.inspectors.join('、')}`,
      );
    }
  }
  return differences.length === 0 ? { same: true } : { same: false, differences };
}
