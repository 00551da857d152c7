import { describe, expect, it } from 'vitest';
import type { QuietPeriod } from '../../../src/domain/org.js';
import {
  evaluateInspection,
  quietPeriodsHitting,
  type InspectionProposal,
} from '../../../src/domain/rules/index.js';
import {
  chainIds,
  codes,
  context,
  directory,
  enterprise,
  plan,
  quietPeriods,
  special,
  USCC,
} from './fixtures.js';

interface QuietCase {
  name: string;
  proposal: InspectionProposal;
  chain: string[];
  /** The 第10条 findings expected, if any. */
  codes?: string[];
  days?: number;
}

const cases: QuietCase[] = [
  {
    name: 'city on-site plan in the citywide period: the 局长 approves last',
    proposal: plan({ from: '2026-12-05', to: '2026-12-06' }),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
    days: 2,
  },
  {
    name: 'a range touching the period only on its last day',
    proposal: plan({ from: '2026-11-25', to: '2026-12-01' }),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
    days: 1,
  },
  {
    name: 'a range ending the day before the period',
    proposal: plan({ from: '2026-11-25', to: '2026-11-30' }),
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: 'a county period applies to the county enterprises: the branch head stays last',
    proposal: plan({
      unit: 'lucheng',
      applicant: 'lucheng-officer',
      enterprises: [USCC.steel],
      from: '2026-12-21',
      to: '2026-12-22',
    }),
    chain: ['lucheng-head'],
    codes: ['QUIET_PERIOD_ON_SITE'],
    days: 2,
  },
  {
    name: 'a county period does not reach another county',
    proposal: plan({ enterprises: [USCC.coking], from: '2026-12-21', to: '2026-12-22' }),
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: 'an enterprise-scoped period applies to the listed enterprise',
    proposal: plan({ enterprises: [USCC.pharma], from: '2027-01-24', to: '2027-01-26', reason: '信访核查' }),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
    days: 1,
  },
  {
    name: 'a county special inspection in a quiet period keeps the 局长 last',
    proposal: special({
      unit: 'lucheng',
      applicant: 'lucheng-officer',
      enterprises: [USCC.steel],
      from: '2026-12-10',
      to: '2026-12-15',
    }),
    chain: ['lucheng-head', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
  },
  {
    name: 'a city special inspection already ends with the 局长',
    proposal: special({ from: '2026-12-10', to: '2026-12-12' }),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
  },
  {
    name: 'document review and inquiry are not restricted',
    proposal: plan({ methods: ['document-review', 'inquiry'], from: '2026-12-05', to: '2026-12-06' }),
    chain: ['air-head', 'deputy-2'],
    codes: ['QUIET_PERIOD_OFF_SITE'],
    days: 2,
  },
  {
    name: 'sampling happens on site',
    proposal: plan({ methods: ['document-review', 'sampling'], from: '2026-12-05', to: '2026-12-05' }),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['QUIET_PERIOD_ON_SITE'],
  },
  {
    name: 'the 局长 as applicant is not asked to approve his own plan',
    proposal: plan({ applicant: 'director', from: '2026-12-05', to: '2026-12-05' }),
    chain: ['air-head', 'deputy-2'],
    codes: ['QUIET_PERIOD_ON_SITE', 'CHAIN_STEP_SKIPPED'],
  },
];

describe('第10条 企业安静期', () => {
  it.each(cases)('$name', ({ proposal, chain, codes: expected, days }) => {
    const decision = evaluateInspection(proposal, context());
    expect(chainIds(decision)).toEqual(chain);
    const quiet = decision.findings.filter((finding) => finding.clause === '10');
    expect(quiet.map((finding) => finding.code)).toEqual(expected ?? []);
    if (days !== undefined) expect(quiet[0]?.message).toContain(`有${days}天处于企业安静期`);
  });

  it('names the period, its basis and who must approve', () => {
    const decision = evaluateInspection(plan({ from: '2026-12-20', to: '2026-12-21' }), context());
    const warn = decision.findings.find((finding) => finding.code === 'QUIET_PERIOD_ON_SITE');
    expect(warn).toMatchObject({ severity: 'warn', enterprise: USCC.coking });
    expect(warn?.message).toContain('2026-12-01至2026-12-20');
    expect(warn?.message).toContain('示例：市政府企业安静期安排');
    expect(warn?.message).toContain('须报请本级行政执法主体主要负责人批准');
    expect(decision.chain.at(-1)).toMatchObject({ role: 'director', clause: '10' });
    expect(decision.blocked).toBe(false);
  });

  it('sends a plan by the branch head up to the 局长, who approves the quiet-period visit too', () => {
    const proposal = plan({
      unit: 'lucheng',
      applicant: 'lucheng-head',
      enterprises: [USCC.steel],
      from: '2026-12-05',
      to: '2026-12-05',
    });
    const decision = evaluateInspection(proposal, context());
    expect(chainIds(decision)).toEqual(['director']);
    expect(codes(decision)).toEqual(['QUIET_PERIOD_ON_SITE', 'CHAIN_STEP_SKIPPED', 'CHAIN_ESCALATED']);
  });

  it('moves the 局长 to the end when he already sits earlier in the chain', () => {
    const headedByDirector = {
      ...directory,
      units: directory.units.map((unit) => (unit.id === 'air' ? { ...unit, head: 'director' } : unit)),
    };
    const decision = evaluateInspection(
      plan({ from: '2026-12-05', to: '2026-12-05' }),
      context({ directory: headedByDirector }),
    );
    expect(chainIds(decision)).toEqual(['deputy-2', 'director']);
  });
});

describe('quietPeriodsHitting', () => {
  const county = (jurisdiction: string): QuietPeriod => ({
    jurisdiction,
    scope: 'county',
    from: '2026-03-01',
    to: '2026-03-03',
    basis: '测试',
  });

  it.each([
    { jurisdiction: '潞城区', hits: 1 },
    { jurisdiction: '潞城', hits: 1 },
    { jurisdiction: '长治市潞城区', hits: 1 },
    { jurisdiction: '潞城分局', hits: 1 },
    { jurisdiction: '潞州区', hits: 0 },
  ])('matches the county written as $jurisdiction: $hits', ({ jurisdiction, hits }) => {
    const found = quietPeriodsHitting(
      enterprise(USCC.steel),
      '2026-02-27',
      '2026-03-02',
      [county(jurisdiction)],
      directory,
    );
    expect(found).toHaveLength(hits);
  });

  it('returns the days hit, in order', () => {
    const [hit] = quietPeriodsHitting(enterprise(USCC.steel), '2026-11-29', '2026-12-22', quietPeriods);
    expect(hit?.period.scope).toBe('citywide');
    expect(hit?.days).toHaveLength(20);
    expect([hit?.days[0], hit?.days.at(-1)]).toEqual(['2026-12-01', '2026-12-20']);
    expect(
      quietPeriodsHitting(enterprise(USCC.steel), '2026-11-29', '2026-12-22', quietPeriods),
    ).toHaveLength(2);
  });

  it('matches an enterprise-scoped period by USCC as well as by name', () => {
    const byUscc: QuietPeriod = { ...county('长治高新区'), scope: 'enterprises', enterprises: [USCC.pharma] };
    expect(quietPeriodsHitting(enterprise(USCC.pharma), '2026-03-01', '2026-03-01', [byUscc])).toHaveLength(
      1,
    );
    expect(quietPeriodsHitting(enterprise(USCC.power), '2026-03-01', '2026-03-01', [byUscc])).toHaveLength(0);
  });
});
