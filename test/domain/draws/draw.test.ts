import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  DRAW_ALGORITHM,
  runDraw,
  verifyDraw,
  type DrawInput,
} from '../../../src/domain/draws/index.js';

const input: DrawInput = {
  algorithm: DRAW_ALGORITHM,
  seed: '5eed5eed5eed5eed',
  enterprises: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'],
  inspectors: ['p1', 'p2', 'p3', 'p4'],
  count: 3,
  perEnterprise: 2,
  recusals: [{ uscc: 'E2', personId: 'p1', reason: 'conflict' }],
};

describe('a seeded draw', () => {
  it('gives the pinned result, also computed by an independent Python re-implementation', () => {
    expect(runDraw(input)).toEqual({
      assignments: [
        { uscc: 'E2', inspectors: ['p3', 'p4'] },
        { uscc: 'E1', inspectors: ['p1', 'p2'] },
        { uscc: 'E6', inspectors: ['p2', 'p3'] },
      ],
    });
  });

  it('does not depend on the order the pools were listed in', () => {
    const shuffled = {
      ...input,
      enterprises: ['E6', 'E3', 'E1', 'E5', 'E2', 'E4', 'E3'],
      inspectors: ['p4', 'p1', 'p3', 'p2'],
    };
    expect(runDraw(shuffled)).toEqual(runDraw(input));
    expect(canonicalJson(shuffled)).toBe(canonicalJson(input));
  });

  it('changes with the seed', () => {
    expect(runDraw({ ...input, seed: '5eed5eed5eed5eee' })).not.toEqual(runDraw(input));
  });

  it('refuses fewer than two inspectors, a count outside the pool and an unknown algorithm', () => {
    expect(() => runDraw({ ...input, perEnterprise: 1 })).toThrow('至少');
    expect(() => runDraw({ ...input, count: 7 })).toThrow('1至6家');
    expect(() => runDraw({ ...input, algorithm: 'other' as typeof DRAW_ALGORITHM })).toThrow('不支持');
  });
});

describe('verifyDraw', () => {
  it('confirms the recorded result', () => {
    expect(verifyDraw(input, runDraw(input))).toEqual({ same: true });
  });

  it('names a swapped enterprise and a changed inspector', () => {
    const recorded = runDraw(input);
    const tampered = {
      assignments: [
        { uscc: 'E3', inspectors: ['p3', 'p4'] },
        { uscc: 'E1', inspectors: ['p1', 'p4'] },
        recorded.assignments[2]!,
      ],
    };
    const verdict = verifyDraw(input, tampered);
    expect(verdict).toEqual({
      same: false,
      differences: [
        '第1家企业：记录为E3，重新抽取为E2',
        '第2家（E1）检查人员：记录为p1、p4，重新抽取为p1、p2',
      ],
    });
  });

  it('names a missing row', () => {
    const recorded = runDraw(input);
    const verdict = verifyDraw(input, { assignments: recorded.assignments.slice(0, 2) });
    expect(verdict).toEqual({ same: false, differences: ['第3家：记录为无，重新抽取为E6'] });
  });
});
