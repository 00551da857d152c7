import { describe, expect, it } from 'vitest';
import type { Enterprise, QuietPeriod } from '../../../src/domain/org.js';
import {
  calendarDays,
  coveringPeriods,
  dayRuns,
  describePeriod,
  evaluateInspection,
  isQuietDay,
  periodDays,
  quietPeriodsHitting,
} from '../../../src/domain/rules/index.js';
import { context, directory, plan } from './fixtures.js';

/** 交口县双池镇 style: 每月1日至20日, for named categories, with the notice's own exceptions. */
const shuangchi: QuietPeriod = {
  id: 'SC-2026',
  jurisdiction: '潞城区',
  scope: 'county',
  from: '2026-01-01',
  to: '2026-12-31',
  monthly: { fromDay: 1, toDay: 20 },
  categories: ['规模以上工业企业', '资质等级建筑业企业'],
  exemptions: ['上级部署的执法检查或专项整治', '投诉举报、案件查处、媒体曝光需调查核实', '其他'],
  basis: '潞城区企业安静期实施方案',
};

const period = (overrides: Partial<QuietPeriod>): QuietPeriod => ({
  jurisdiction: '长治市',
  scope: 'citywide',
  basis: '测试通知',
  ...overrides,
});

interface ExpansionCase {
  name: string;
  period: QuietPeriod;
  from: string;
  to: string;
  /** Runs of consecutive quiet days, as `from..to`. */
  runs: string[];
}

const expansions: ExpansionCase[] = [
  {
    name: 'a one-range period from the original file format',
    period: period({ from: '2026-12-01', to: '2026-12-20' }),
    from: '2026-11-28',
    to: '2026-12-03',
    runs: ['2026-12-01..2026-12-03'],
  },
  {
    name: 'monthly 1st to 20th over two months',
    period: shuangchi,
    from: '2026-03-15',
    to: '2026-04-25',
    runs: ['2026-03-15..2026-03-20', '2026-04-01..2026-04-20'],
  },
  {
    name: 'a month with fewer days than toDay ends on its last day',
    period: period({ monthly: { fromDay: 25, toDay: 31 } }),
    from: '2026-02-01',
    to: '2026-03-02',
    runs: ['2026-02-25..2026-02-28'],
  },
  {
    name: 'toDay 31 in a leap February',
    period: period({ monthly: { fromDay: 28, toDay: 31 } }),
    from: '2028-02-01',
    to: '2028-02-29',
    runs: ['2028-02-28..2028-02-29'],
  },
  {
    name: 'an explicit range crossing New Year',
    period: period({ ranges: [{ from: '2026-12-28', to: '2027-01-03' }] }),
    from: '2026-12-01',
    to: '2027-01-31',
    runs: ['2026-12-28..2027-01-03'],
  },
  {
    name: 'a monthly period running over the month end, across New Year',
    period: period({ monthly: { fromDay: 29, toDay: 2 } }),
    from: '2026-12-27',
    to: '2027-01-05',
    runs: ['2026-12-29..2027-01-02'],
  },
  {
    name: 'validity ending mid-month cuts the month short',
    period: period({ monthly: { fromDay: 1, toDay: 20 }, from: '2026-01-01', to: '2026-06-10' }),
    from: '2026-05-15',
    to: '2026-07-05',
    runs: ['2026-05-15..2026-05-20', '2026-06-01..2026-06-10'],
  },
  {
    name: 'validity starting mid-month',
    period: period({ monthly: { fromDay: 1, toDay: 20 }, from: '2026-06-15' }),
    from: '2026-06-01',
    to: '2026-07-03',
    runs: ['2026-06-15..2026-06-20', '2026-07-01..2026-07-03'],
  },
  {
    name: 'days of the week: Saturdays and Sundays',
    period: period({ weekly: { days: [6, 7] } }),
    from: '2026-12-01',
    to: '2026-12-14',
    runs: ['2026-12-05..2026-12-06', '2026-12-12..2026-12-13'],
  },
  {
    name: 'several explicit ranges in one notice',
    period: period({
      ranges: [
        { from: '2026-03-01', to: '2026-03-02' },
        { from: '2026-03-05', to: '2026-03-05' },
      ],
    }),
    from: '2026-03-01',
    to: '2026-03-31',
    runs: ['2026-03-01..2026-03-02', '2026-03-05..2026-03-05'],
  },
  {
    name: 'asked dates outside the validity',
    period: shuangchi,
    from: '2027-01-01',
    to: '2027-01-31',
    runs: [],
  },
];

describe('quiet-period calendar: expansion into dated days', () => {
  it.each(expansions)('$name', ({ period: p, from, to, runs }) => {
    const days = periodDays(p, from, to);
    expect(dayRuns(days).map((run) => `${run.from}..${run.to}`)).toEqual(runs);
    for (const date of days) expect(isQuietDay(p, date)).toBe(true);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(periodDays(shuangchi, '2026-02-30', '2026-03-05')).toEqual([]);
    expect(isQuietDay(shuangchi, '2026-02-30')).toBe(false);
  });

  it('describes the pattern as the notice does', () => {
    expect(describePeriod(shuangchi)).toBe('每月1日至20日，2026-01-01至2026-12-31有效');
    expect(describePeriod(period({ monthly: { fromDay: 29, toDay: 2 } }))).toBe(
      '每月29日至次月2日，长期有效',
    );
    expect(describePeriod(period({ weekly: { days: [7, 6] }, from: '2026-01-01' }))).toBe(
      '每周六、日，自2026-01-01起',
    );
    expect(describePeriod(period({ from: '2026-12-01', to: '2026-12-20' }))).toBe('2026-12-01至2026-12-20');
  });
});

const firm = (overrides: Partial<Enterprise>): Enterprise => ({
  name: '测试企业',
  uscc: '911404000000000001',
  county: '潞城区',
  industry: '',
  keyPolluter: false,
  positiveList: false,
  ...overrides,
});

interface CoverCase {
  name: string;
  enterprise: Enterprise;
  periods: QuietPeriod[];
  date: string;
  /** Ids of the covering periods, in calendar order. */
  covering: string[];
  categoryUnknown?: boolean;
}

const citywideDecember = period({ id: 'CITY', from: '2026-12-01', to: '2026-12-20' });
const covers: CoverCase[] = [
  {
    name: 'an enterprise of a listed category',
    enterprise: firm({ categories: ['规模以上工业企业'] }),
    periods: [shuangchi],
    date: '2026-12-05',
    covering: ['SC-2026'],
    categoryUnknown: false,
  },
  {
    name: 'an enterprise of another category is not covered',
    enterprise: firm({ categories: ['限额以上批零住餐企业'] }),
    periods: [shuangchi],
    date: '2026-12-05',
    covering: [],
  },
  {
    name: 'category missing on the enterprise: covered, and said so',
    enterprise: firm({}),
    periods: [shuangchi],
    date: '2026-12-05',
    covering: ['SC-2026'],
    categoryUnknown: true,
  },
  {
    name: 'an enterprise in two overlapping periods',
    enterprise: firm({ categories: ['规模以上工业企业'] }),
    periods: [citywideDecember, shuangchi],
    date: '2026-12-05',
    covering: ['CITY', 'SC-2026'],
  },
  {
    name: 'a day only one of the two periods makes quiet',
    enterprise: firm({ categories: ['规模以上工业企业'] }),
    periods: [citywideDecember, shuangchi],
    date: '2026-11-05',
    covering: ['SC-2026'],
  },
  {
    name: 'another county is not covered by a county notice',
    enterprise: firm({ county: '黎城县', categories: ['规模以上工业企业'] }),
    periods: [shuangchi],
    date: '2026-12-05',
    covering: [],
  },
  {
    name: 'a named enterprise by its USCC',
    enterprise: firm({}),
    periods: [
      period({
        id: 'NAMED',
        scope: 'enterprises',
        enterprises: ['911404000000000001'],
        weekly: { days: [6] },
      }),
    ],
    date: '2026-12-05',
    covering: ['NAMED'],
  },
];

describe('quiet-period calendar: who is covered, by which periods', () => {
  it.each(covers)('$name', ({ enterprise, periods, date, covering, categoryUnknown }) => {
    const found = coveringPeriods(enterprise, date, periods, directory);
    expect(found.map((p) => p.id)).toEqual(covering);
    const hits = quietPeriodsHitting(enterprise, date, date, periods, directory);
    expect(hits.map((hit) => hit.period.id)).toEqual(covering);
    if (categoryUnknown !== undefined) expect(hits[0]?.categoryUnknown).toBe(categoryUnknown);
  });

  it('lists every quiet day with every period that makes it quiet', () => {
    const days = calendarDays([citywideDecember, shuangchi], '2026-11-20', '2026-12-02');
    expect(days.map((d) => [d.date, d.periods.map((p) => p.id)])).toEqual([
      ['2026-11-20', ['SC-2026']],
      ['2026-12-01', ['CITY', 'SC-2026']],
      ['2026-12-02', ['CITY', 'SC-2026']],
    ]);
  });
});

describe('第10条 with a notice of the 双池镇 kind', () => {
  const steel = '91140406W20GL578PP';
  const ctx = () => context({ quietPeriods: [shuangchi] });
  const visit = (overrides: Parameters<typeof plan>[0]) =>
    plan({ unit: 'lucheng', applicant: 'lucheng-officer', enterprises: [steel], ...overrides });

  it('says a missing category is treated as covered', () => {
    const decision = evaluateInspection(visit({ from: '2026-12-19', to: '2026-12-22' }), ctx());
    const warn = decision.findings.find((f) => f.code === 'QUIET_PERIOD_ON_SITE');
    expect(warn?.message).toContain('有2天处于企业安静期（每月1日至20日');
    expect(warn?.message).toContain('该企业未登记类别，按适用处理');
    expect(warn?.quiet).toMatchObject({ jurisdiction: '潞城区', basis: '潞城区企业安静期实施方案' });
  });

  it('refuses an on-site plan with no exemption chosen', () => {
    const decision = evaluateInspection(
      visit({ from: '2026-12-05', to: '2026-12-05', quietExemption: undefined }),
      ctx(),
    );
    expect(decision.blocked).toBe(true);
    expect(decision.findings.find((f) => f.severity === 'block')).toMatchObject({
      code: 'QUIET_EXEMPTION_MISSING',
      clause: '10',
    });
  });

  it('accepts an exemption the notice lists, names it, and still ends with the main head', () => {
    const decision = evaluateInspection(
      visit({
        from: '2026-12-05',
        to: '2026-12-05',
        quietExemption: '投诉举报、案件查处、媒体曝光需调查核实',
      }),
      ctx(),
    );
    expect(decision.blocked).toBe(false);
    const warn = decision.findings.find((f) => f.code === 'QUIET_PERIOD_ON_SITE');
    expect(warn?.message).toContain('申请所称例外情形：投诉举报、案件查处、媒体曝光需调查核实');
    expect(warn?.quiet?.exemption).toBe('投诉举报、案件查处、媒体曝光需调查核实');
    expect(decision.chain.at(-1)?.role).toBe('branch-head');
  });

  it('refuses an exemption the notice does not list, and 「其他」 without a reason', () => {
    const unlisted = evaluateInspection(
      visit({ from: '2026-12-05', to: '2026-12-05', quietExemption: '企业自愿接受检查' }),
      ctx(),
    );
    expect(unlisted.findings.map((f) => f.code)).toContain('QUIET_EXEMPTION_NOT_LISTED');
    const bare = evaluateInspection(
      visit({ from: '2026-12-05', to: '2026-12-05', quietExemptionNote: ' ' }),
      ctx(),
    );
    expect(bare.findings.map((f) => f.code)).toContain('QUIET_EXEMPTION_REASON_MISSING');
  });

  it('asks nothing outside the quiet days or for a remote check', () => {
    const outside = evaluateInspection(
      visit({ from: '2026-12-21', to: '2026-12-25', quietExemption: undefined }),
      ctx(),
    );
    expect(outside.findings.filter((f) => f.clause === '10')).toEqual([]);
    const remote = evaluateInspection(
      visit({
        from: '2026-12-05',
        to: '2026-12-05',
        methods: ['document-review'],
        quietExemption: undefined,
      }),
      ctx(),
    );
    expect(remote.blocked).toBe(false);
    expect(remote.findings.map((f) => f.code)).toEqual(['QUIET_PERIOD_OFF_SITE']);
  });
});
