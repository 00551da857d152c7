import { describe, expect, it } from 'vitest';
import {
  evaluateInspection,
  type InspectionProposal,
  type LinkedSpecial,
} from '../../../src/domain/rules/index.js';
import { chainIds, codes, context, plan } from './fixtures.js';

const APPROVED: LinkedSpecial = {
  id: 'ZX-2026-0001',
  name: '焦化行业超标排放专项检查',
  status: 'approved',
  from: '2026-05-01',
  to: '2026-06-30',
};

interface LinkCase {
  name: string;
  proposal: Partial<InspectionProposal>;
  linked?: LinkedSpecial;
  /** The 第4条 codes of the plan, in order. */
  codes: string[];
  blocked: boolean;
  chain: string[];
}

const cases: LinkCase[] = [
  {
    name: 'a 专项 plan naming an approved special inspection covering its dates',
    proposal: { type: 'special', special: 'ZX-2026-0001' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_LINKED'],
    blocked: false,
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: 'a 专项 plan naming none goes to the 局长 like a special inspection',
    proposal: { type: 'special' },
    codes: ['SPECIAL_PLAN_UNLINKED'],
    blocked: false,
    chain: ['air-head', 'deputy-2', 'director'],
  },
  {
    name: 'a county 专项 plan naming none: branch head then 局长',
    proposal: { type: 'special', unit: 'lucheng', applicant: 'lucheng-officer' },
    codes: ['SPECIAL_PLAN_UNLINKED'],
    blocked: false,
    chain: ['lucheng-head', 'director'],
  },
  {
    name: 'a county 专项 plan naming one: the branch head alone',
    proposal: { type: 'special', special: 'ZX-2026-0001', unit: 'lucheng', applicant: 'lucheng-officer' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_LINKED'],
    blocked: false,
    chain: ['lucheng-head'],
  },
  {
    name: 'an unknown special inspection',
    proposal: { type: 'special', special: 'ZX-2026-0099' },
    codes: ['SPECIAL_PLAN_UNKNOWN'],
    blocked: true,
    chain: ['air-head', 'deputy-2'],
  },
  ...(['pending', 'rejected', 'returned', 'withdrawn'] as const).map((status) => ({
    name: `a ${status} special inspection`,
    proposal: { type: 'special' as const, special: 'ZX-2026-0001' },
    linked: { ...APPROVED, status },
    codes: ['SPECIAL_PLAN_NOT_APPROVED'],
    blocked: true,
    chain: ['air-head', 'deputy-2'],
  })),
  {
    name: 'a plan ending after the special inspection',
    proposal: { type: 'special', special: 'ZX-2026-0001', from: '2026-06-29', to: '2026-07-01' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_OUT_OF_PERIOD'],
    blocked: true,
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: 'a plan starting before the special inspection',
    proposal: { type: 'special', special: 'ZX-2026-0001', from: '2026-04-30', to: '2026-05-02' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_OUT_OF_PERIOD'],
    blocked: true,
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: "the special inspection's own first and last days are inside",
    proposal: { type: 'special', special: 'ZX-2026-0001', from: '2026-05-01', to: '2026-06-30' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_LINKED'],
    blocked: false,
    chain: ['air-head', 'deputy-2'],
  },
  {
    name: 'a routine plan naming a special inspection',
    proposal: { type: 'random', special: 'ZX-2026-0001' },
    linked: APPROVED,
    codes: ['SPECIAL_PLAN_NOT_SPECIAL'],
    blocked: true,
    chain: ['air-head', 'deputy-2'],
  },
  { name: 'a routine plan', proposal: {}, codes: [], blocked: false, chain: ['air-head', 'deputy-2'] },
];

describe('第4条: a 专项 plan carries out an approved special inspection', () => {
  it.each(cases)('$name', ({ proposal, linked, codes: expected, blocked, chain }) => {
    const decision = evaluateInspection(plan(proposal), context(linked ? { linkedSpecial: linked } : {}));
    expect(codes(decision).filter((code) => code.startsWith('SPECIAL_PLAN'))).toEqual(expected);
    expect(decision.findings.filter((f) => f.code.startsWith('SPECIAL_PLAN')).map((f) => f.clause)).toEqual(
      expected.map(() => '4'),
    );
    expect(decision.blocked).toBe(blocked);
    expect(chainIds(decision)).toEqual(chain);
  });

  it('names the special inspection and its period in the message', () => {
    const decision = evaluateInspection(
      plan({ type: 'special', special: 'ZX-2026-0001', from: '2026-07-01', to: '2026-07-02' }),
      context({ linkedSpecial: APPROVED }),
    );
    expect(decision.findings[0]?.message).toBe(
      '检查时间超出专项执法检查ZX-2026-0001的检查时间（2026-05-01至2026-06-30）。',
    );
  });
});
