import { describe, expect, it } from 'vitest';
import { evaluateInspection, type InspectionProposal } from '../../../src/domain/rules/index.js';
import { context, plan, USCC } from './fixtures.js';

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

  it('skips the date rules rather than guessing when dates are bad', () => {
    const decision = evaluateInspection(plan({ from: '2026-12-40', to: '2026-12-05' }), context());
    expect(decision.findings.map((f) => f.code)).toEqual(['DATE_INVALID']);
  });
});
