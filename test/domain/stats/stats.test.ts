import { describe, expect, it } from 'vitest';
import { computeStats, median, monthPeriod, monthsOf, yearPeriod } from '../../../src/domain/stats/index.js';
import { rows, TODAY } from './fixtures.js';

// Every expected number below was counted by hand from fixtures.ts.
describe('the year 2026', () => {
  const stats = computeStats(rows, { period: yearPeriod(2026), today: TODAY });

  it('counts on-site visits by type, unit and month, leaving out off-site, last year and those not yet due', () => {
    expect(stats.onSite.total).toBe(8);
    expect(stats.onSite.byType).toEqual([
      { type: 'random', count: 3 },
      { type: 'monitoring', count: 2 },
      { type: 'complaint', count: 1 },
      { type: 'enterprise-request', count: 1 },
      { type: 'referral', count: 1 },
    ]);
    expect(stats.onSite.byUnit).toEqual([
      { unitId: 'air', count: 3 },
      { unitId: 'water', count: 3 },
      { unitId: 'lucheng', count: 2 },
    ]);
    expect(stats.onSite.byMonth.map((m) => m.count)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 4, 0]);
  });

  it('lists enterprises visited more than once, split by exempt clue or routine', () => {
    expect(stats.repeatVisits).toEqual([
      { uscc: 'A', visits: 3, exempt: 1, routine: 2 },
      { uscc: 'B', visits: 2, exempt: 2, routine: 0 },
      { uscc: 'D', visits: 2, exempt: 1, routine: 1 },
    ]);
  });

  it('counts quiet-period exceptions approved, not rejected or off-site ones', () => {
    expect(stats.quietExceptions).toEqual({
      total: 2,
      byUnit: [
        { unitId: 'air', count: 1 },
        { unitId: 'lucheng', count: 1 },
      ],
    });
  });

  it('counts on-site visits inside quiet periods by the exemption claimed', () => {
    expect(stats.quietVisits).toEqual({
      total: 3,
      byExemption: [
        { exemption: '投诉举报、案件查处、媒体曝光需调查核实', count: 2 },
        { exemption: '未填报', count: 1 },
      ],
    });
  });

  it('lists visits to enterprises listed on the day of the visit', () => {
    expect(stats.positiveListVisits).toEqual([
      { uscc: 'C', visits: 1, types: ['enterprise-request'] },
      { uscc: 'D', visits: 1, types: ['monitoring'] },
    ]);
  });

  it('gives the median approval time per leader, slowest first', () => {
    expect(stats.approvalTimes.map((t) => [t.personId, t.decisions, t.medianHours])).toEqual([
      ['director', 1, 20],
      ['deputy-2', 2, 15],
      ['water-head', 1, 8],
      ['lucheng-head', 1, 5],
      ['air-head', 3, 2],
    ]);
  });

  it('counts referrals per receiving unit and cases per stage', () => {
    expect(stats.referrals).toEqual([
      { unitId: 'lucheng', received: 3, accepted: 3, returned: 0, overdue: 0 },
      { unitId: 'water', received: 3, accepted: 1, returned: 1, overdue: 2 },
    ]);
    expect(stats.cases).toEqual([
      { stage: 'filed', count: 1 },
      { stage: 'investigated', count: 0 },
      { stage: 'rectifying', count: 1 },
      { stage: 'verified', count: 0 },
      { stage: 'closed', count: 1 },
    ]);
  });
});

describe('November 2026', () => {
  const stats = computeStats(rows, { period: monthPeriod(TODAY), today: TODAY });

  it('narrows every figure to the month', () => {
    expect(stats.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(stats.onSite.total).toBe(4);
    expect(stats.onSite.byMonth).toEqual([{ month: '2026-11', count: 4 }]);
    expect(stats.repeatVisits).toEqual([{ uscc: 'B', visits: 2, exempt: 2, routine: 0 }]);
    expect(stats.quietExceptions.total).toBe(1);
    expect(stats.positiveListVisits.map((v) => v.uscc)).toEqual(['C']);
    expect(stats.approvalTimes.map((t) => [t.personId, t.medianHours])).toEqual([
      ['deputy-2', 15],
      ['water-head', 8],
      ['air-head', 2],
    ]);
    expect(stats.referrals).toEqual([
      { unitId: 'water', received: 3, accepted: 1, returned: 1, overdue: 2 },
      { unitId: 'lucheng', received: 2, accepted: 2, returned: 0, overdue: 0 },
    ]);
    expect(stats.cases.map((c) => c.count)).toEqual([1, 0, 1, 0, 0]);
  });
});

describe('one unit', () => {
  it('keeps only that unit’s rows', () => {
    const stats = computeStats(rows, { period: yearPeriod(2026), unit: 'lucheng', today: TODAY });
    expect(stats.onSite.total).toBe(2);
    expect(stats.onSite.byUnit).toEqual([{ unitId: 'lucheng', count: 2 }]);
    expect(stats.quietExceptions.total).toBe(1);
    expect(stats.approvalTimes.map((t) => t.personId)).toEqual(['director', 'lucheng-head']);
    expect(stats.referrals.map((r) => r.unitId)).toEqual(['lucheng']);
  });
});

describe('helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('lists the months of a period', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthPeriod('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
