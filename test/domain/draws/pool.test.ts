import { describe, expect, it } from 'vitest';
import {
  buildEnterprisePool,
  drawCount,
  inspectorPool,
  prepareDraw,
  recusalWindowStart,
} from '../../../src/domain/draws/index.js';
import type { PoolFilters } from '../../../src/domain/draws/index.js';
import { DEFAULT_SETTINGS } from '../../../src/domain/rules/index.js';
import { directory, facts, onSite, registry, request } from './fixtures.js';

const ctx = {
  applicant: 'head',
  unit: 'branch',
  from: '2026-12-01',
  to: '2026-12-10',
  pastInspections: [
    ...onSite('E05', ['2026-03-01', '2026-07-01']),
    ...onSite('E08', ['2026-03-01', '2026-07-01']),
    ...onSite('E07', ['2025-03-01', '2025-07-01', '2025-09-01']),
    { uscc: 'E01', date: '2026-05-01', unit: 'branch', type: 'complaint' as const, onSite: true },
    { uscc: 'E01', date: '2026-06-01', unit: 'branch', type: 'random' as const, onSite: false },
  ],
  settings: DEFAULT_SETTINGS,
};
const any: PoolFilters = { counties: [], industries: [], keyPolluter: 'any' };

describe('the enterprise pool', () => {
  it('keeps out positive-list and capped enterprises and says why', () => {
    const pool = buildEnterprisePool(registry, any, ctx);
    expect(pool.eligible.map((e) => e.uscc)).toEqual(['E01', 'E02', 'E03', 'E06', 'E07', 'E08']);
    expect(pool.excluded.map((x) => [x.uscc, x.reason])).toEqual([
      ['E04', 'positive-list'],
      ['E05', 'at-cap'],
    ]);
    expect(pool.excluded[1]?.message).toBe('企业E05本年度现场检查已达上限，不列入随机抽查。');
  });

  it('uses the raised cap for an enterprise with a major problem and the cap setting', () => {
    const pool = buildEnterprisePool(registry, any, {
      ...ctx,
      settings: { ...DEFAULT_SETTINGS, yearlyCap: 3 },
    });
    expect(pool.excluded.map((x) => x.uscc)).toEqual(['E04']);
    const strict = buildEnterprisePool(registry, any, {
      ...ctx,
      settings: { ...DEFAULT_SETTINGS, majorProblemCap: 2 },
    });
    expect(strict.excluded.map((x) => x.uscc)).toEqual(['E04', 'E05', 'E08']);
  });

  it('applies county, industry and key-polluter filters', () => {
    const usccs = (filters: Partial<PoolFilters>) =>
      buildEnterprisePool(registry, { ...any, ...filters }, ctx).eligible.map((e) => e.uscc);
    expect(usccs({ counties: ['乙县'] })).toEqual(['E02']);
    expect(usccs({ industries: ['建材'] })).toEqual(['E03']);
    expect(usccs({ keyPolluter: 'exclude' })).toEqual(['E03']);
    expect(usccs({ keyPolluter: 'only' })).toEqual(['E01', 'E02', 'E06', 'E07', 'E08']);
  });

  it('rounds a ratio up', () => {
    expect(drawCount(6, { ratioPercent: 50 })).toBe(3);
    expect(drawCount(7, { ratioPercent: 10 })).toBe(1);
    expect(drawCount(7, { count: 4 })).toBe(4);
  });
});

describe('the inspector pool and recusals', () => {
  it('takes marked officers, or members where none are marked, in canonical order', () => {
    expect(inspectorPool(directory, ['branch'])).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(inspectorPool(directory, ['section', 'branch'])).toEqual(['o1', 'o2', 'o3', 'o4', 's1', 's2']);
  });

  it('counts the window in calendar months, clamped to the month end', () => {
    expect(recusalWindowStart('2026-11-26', 12)).toBe('2025-11-26');
    expect(recusalWindowStart('2026-03-31', 1)).toBe('2026-02-28');
    expect(recusalWindowStart('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('recuses recent visitors and declared conflicts, and keeps out an enterprise left short of inspectors', () => {
    const prepared = prepareDraw(
      request({ size: { count: 3 } }),
      facts({
        visits: [
          { personId: 'o1', uscc: 'E01', date: '2026-03-01' },
          { personId: 'o2', uscc: 'E01', date: '2025-11-25' },
          { personId: 'o1', uscc: 'E07', date: '2026-10-01' },
          { personId: 'o2', uscc: 'E07', date: '2026-12-20' },
        ],
        conflicts: [
          { personId: 'o3', uscc: 'E07' },
          { personId: 'o4', uscc: 'E03' },
        ],
      }),
    );
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.input.recusals).toEqual([
      { uscc: 'E01', personId: 'o1', reason: 'recent-inspection' },
      { uscc: 'E03', personId: 'o4', reason: 'conflict' },
    ]);
    expect(prepared.input.enterprises).toEqual(['E01', 'E02', 'E03', 'E05', 'E06', 'E08']);
    expect(prepared.excluded.map((x) => [x.uscc, x.reason])).toEqual([
      ['E04', 'positive-list'],
      ['E07', 'too-few-inspectors'],
    ]);
  });
});

describe('prepareDraw refuses', () => {
  const cases: [string, Parameters<typeof request>[0], string][] = [
    ['an inverted period', { from: '2026-12-10', to: '2026-12-01' }, '晚于结束日期'],
    ['a period in the past', { from: '2026-11-25' }, '早于今天'],
    ['one inspector per enterprise', { perEnterprise: 1 }, '至少随机选派2名'],
    ['a ratio of nothing', { size: { ratioPercent: 0 } }, '抽取比例'],
    ['a ratio above all', { size: { ratioPercent: 120 } }, '抽取比例'],
    ['more inspectors than the pool', { perEnterprise: 5 }, '仅有4人'],
    [
      'an empty pool',
      { filters: { counties: ['丙县'], industries: [], keyPolluter: 'any' } },
      '没有可抽取的企业',
    ],
    ['more enterprises than the pool', { size: { count: 8 } }, '超过可抽取企业数7家'],
  ];
  it.each(cases)('%s', (_name, overrides, message) => {
    const prepared = prepareDraw(request(overrides), facts());
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.error).toContain(message);
  });
});
