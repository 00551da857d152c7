import { describe, expect, it } from 'vitest';
import { evaluateInspection, type InspectionProposal } from '../../../src/domain/rules/index.js';
import { context, plan, quietPeriods, USCC } from './fixtures.js';

const cases: { name: string; proposal: InspectionProposal; blocks: string[]; chain: number }[] = [
  { name: 'an unknown unit', proposal: plan({ unit: 'nowhere' }), blocks: ['UNIT_UNKNOWN'], chain: 0 },
  {
    name: 'an unknown USCC',
    proposal: plan({ enterprises: [USCC.coking, '911400000000000000'] }),
    blocks: ['ENTERPRISE_UNKNOWN'],
    chain: 2,
  },
  {
    name: 'from after to',
    proposal: plan({ from: '2026-06-03', to: '2026-06-01' }),
    blocks: ['DATE_RANGE_INVERTED'],
    chain: 2,
  },
  {
    name: 'a day that does not exist',
    proposal: plan({ from: '2026-02-30' }),
    blocks: ['DATE_INVALID'],
    chain: 2,
  },
  {
    name: 'two malformed dates',
    proposal: plan({ from: '2026/06/01', to: '6月2日' }),
    blocks: ['DATE_INVALID', 'DATE_INVALID'],
    chain: 2,
  },
  { name: 'no method', proposal: plan({ methods: [] }), blocks: ['METHODS_MISSING'], chain: 2 },
  {
    name: 'a plan with no enterprise',
    proposal: plan({ enterprises: [] }),
    blocks: ['ENTERPRISES_MISSING'],
    chain: 2,
  },
];

describe('malformed proposals', () => {
  it.each(cases)('$name', ({ proposal, blocks, chain }) => {
    const decision = evaluateInspection(proposal, context());
    expect(decision.blocked).toBe(true);
    expect(decision.findings.filter((f) => f.severity === 'block').map((f) => f.code)).toEqual(blocks);
    expect(decision.chain).toHaveLength(chain);
  });

  it('names the unknown USCC', () => {
    const decision = evaluateInspection(plan({ enterprises: ['911400000000000000'] }), context());
    expect(decision.findings[0]).toMatchObject({ enterprise: '911400000000000000', clause: 'annex-2' });
    expect(decision.findings[0]?.message).toContain('911400000000000000');
  });

  it('lets a plan name a works the registry does not hold, by name, and says its visits cannot be counted', () => {
    const decision = evaluateInspection(
      plan({ enterprises: [USCC.coking, '长治市某某废旧塑料加工作坊'] }),
      context(),
    );
    expect(decision.blocked).toBe(false);
    expect(decision.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warn',
        code: 'ENTERPRISE_UNLISTED',
        clause: '3',
        message: expect.stringContaining('长治市某某废旧塑料加工作坊不在企业名录中') as string,
      }),
    );
    // Past visits stored without a code do not count against it, whatever they number.
    const past = [1, 2, 3].map((i) => ({
      uscc: '',
      date: `2026-0${i}-10`,
      unit: 'air',
      type: 'random' as const,
      onSite: true,
      requestId: `JC-2026-000${i}`,
      status: 'done' as const,
    }));
    const again = evaluateInspection(
      plan({ enterprises: ['长治市某某废旧塑料加工作坊'] }),
      context({ pastInspections: past }),
    );
    expect(again.findings.map((f) => f.code)).toEqual(['ENTERPRISE_UNLISTED']);
  });

  it('is caught by a citywide quiet period like any enterprise', () => {
    const citywide = quietPeriods.filter((p) => p.scope === 'citywide');
    const period = citywide[0]!;
    const decision = evaluateInspection(
      plan({ enterprises: ['长治市某某废旧塑料加工作坊'], from: period.from, to: period.from }),
      context({ quietPeriods: citywide }),
    );
    expect(decision.findings.map((f) => f.code)).toContain('QUIET_PERIOD_ON_SITE');
  });

  it('skips the date rules rather than guessing when dates are bad', () => {
    const decision = evaluateInspection(plan({ from: '2026-12-40', to: '2026-12-05' }), context());
    expect(decision.findings.map((f) => f.code)).toEqual(['DATE_INVALID']);
  });
});
