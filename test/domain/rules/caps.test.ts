import { describe, expect, it } from 'vitest';
import {
  evaluateInspection,
  type InspectionProposal,
  type PastInspection,
  type RulesContext,
} from '../../../src/domain/rules/index.js';
import { codes, context, enterprisesWith, plan, USCC, visits } from './fixtures.js';

interface CapCase {
  name: string;
  proposal?: Partial<InspectionProposal>;
  past: PastInspection[];
  ctx?: Partial<RulesContext>;
  /** The 第3条 and 第11条 finding codes expected, in order. */
  codes: string[];
  exempt?: boolean;
  blocked: boolean;
}

const twoThisYear = visits(USCC.coking, ['2026-02-10', '2026-04-15']);
const major = { enterprises: enterprisesWith(USCC.coking, { majorProblem: true }) };

const cases: CapCase[] = [
  { name: 'first visit of the year', past: [], codes: [], blocked: false },
  {
    name: 'cap exactly reached',
    past: visits(USCC.coking, ['2026-02-10']),
    codes: ['CAP_REACHED'],
    blocked: false,
  },
  { name: 'cap exceeded', past: twoThisYear, codes: ['CAP_EXCEEDED'], blocked: true },
  ...(['complaint', 'referral', 'monitoring', 'enterprise-request'] as const).map((type) => ({
    name: `${type} over the cap is exempt`,
    proposal: { type },
    past: twoThisYear,
    codes: [],
    exempt: true,
    blocked: false,
  })),
  {
    name: 'clue-driven visits still count toward a routine plan',
    past: visits(USCC.coking, ['2026-02-10', '2026-04-15'], { type: 'complaint' }),
    codes: ['CAP_EXCEEDED'],
    blocked: true,
  },
  {
    name: 'majorProblem raises the cap',
    past: twoThisYear,
    ctx: major,
    codes: ['RAISED_CAP'],
    blocked: false,
  },
  {
    name: 'majorProblem cap exceeded',
    past: visits(USCC.coking, [
      '2026-01-05',
      '2026-02-05',
      '2026-03-05',
      '2026-04-05',
      '2026-05-05',
      '2026-05-15',
    ]),
    ctx: major,
    codes: ['CAP_EXCEEDED', 'RAISED_CAP'],
    blocked: true,
  },
  {
    name: 'non-site visits do not count',
    past: visits(USCC.coking, ['2026-02-10', '2026-04-15'], { onSite: false }),
    codes: [],
    blocked: false,
  },
  {
    name: 'last year does not count',
    past: visits(USCC.coking, ['2025-11-10', '2025-12-31']),
    codes: [],
    blocked: false,
  },
  {
    name: 'other enterprises do not count',
    past: visits(USCC.steel, ['2026-02-10', '2026-04-15']),
    codes: [],
    blocked: false,
  },
  {
    name: 'the request itself is not counted when re-checked',
    proposal: { id: 'req-7' },
    past: [
      ...visits(USCC.coking, ['2026-02-10']),
      ...visits(USCC.coking, ['2026-06-01'], { requestId: 'req-7' }),
    ],
    codes: ['CAP_REACHED'],
    blocked: false,
  },
  {
    name: 'a plan spanning the year boundary counts the year it starts in',
    proposal: { from: '2026-12-28', to: '2027-01-03', methods: ['document-review', 'sampling'] },
    past: [...twoThisYear, ...visits(USCC.coking, ['2027-01-02'])],
    codes: ['CAP_EXCEEDED'],
    blocked: true,
  },
  {
    name: 'a plan starting in the new year ignores the old year',
    proposal: { from: '2027-01-02', to: '2027-01-03' },
    past: twoThisYear,
    codes: [],
    blocked: false,
  },
  {
    name: 'a non-site plan is not capped',
    proposal: { methods: ['document-review'] },
    past: twoThisYear,
    codes: [],
    blocked: false,
  },
];

describe('第3条 yearly cap and 第11条 raised cap', () => {
  it.each(cases)('$name', ({ proposal, past, ctx, codes: expected, exempt, blocked }) => {
    const decision = evaluateInspection(plan(proposal), context({ pastInspections: past, ...ctx }));
    const capCodes = codes(decision).filter((code) => /CAP/.test(code));
    expect(capCodes).toEqual(expected);
    expect(decision.exemptions.map((exemption) => exemption.code)).toEqual(exempt ? ['CAP_EXEMPT'] : []);
    expect(decision.blocked).toBe(blocked);
  });

  it('gives the count and the cap in the message', () => {
    const decision = evaluateInspection(plan(), context({ pastInspections: twoThisYear }));
    expect(decision.findings[0]).toMatchObject({
      code: 'CAP_EXCEEDED',
      clause: '3',
      enterprise: USCC.coking,
    });
    expect(decision.findings[0]?.message).toContain('2026年已现场检查2次');
    expect(decision.findings[0]?.message).toContain('上限为2次');
  });

  it('quotes the reason for the exemption', () => {
    const decision = evaluateInspection(
      plan({ type: 'complaint' }),
      context({ pastInspections: twoThisYear }),
    );
    expect(decision.exemptions[0]).toMatchObject({ clause: '3', enterprise: USCC.coking });
    expect(decision.exemptions[0]?.message).toContain('投诉举报、转办交办、数据监测等线索或应企业申请');
  });

  it('follows the local settings', () => {
    const settings = { yearlyCap: 5, majorProblemCap: 8, jointWindowDays: 30, specialMaxDays: 90 };
    const decision = evaluateInspection(plan(), context({ pastInspections: twoThisYear, settings }));
    expect(decision.blocked).toBe(false);
  });
});
