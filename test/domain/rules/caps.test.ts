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
    name: 'a cancelled visit frees its place',
    past: [
      ...visits(USCC.coking, ['2026-02-10'], { status: 'done' }),
      ...visits(USCC.coking, ['2026-04-15'], { status: 'cancelled' }),
    ],
    codes: ['CAP_REACHED'],
    blocked: false,
  },
  {
    name: 'approved and still planned visits count like done ones',
    past: [
      ...visits(USCC.coking, ['2026-02-10'], { status: 'fed-back' }),
      ...visits(USCC.coking, ['2026-07-01'], { status: 'planned' }),
    ],
    codes: ['CAP_EXCEEDED'],
    blocked: true,
  },
  {
    name: 'all cancelled: as if never planned',
    past: visits(USCC.coking, ['2026-02-10', '2026-04-15'], { status: 'cancelled' }),
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

  interface CountedCase {
    name: string;
    past: PastInspection[];
    /** code, date, unit, status of each visit named, in date order. */
    visits: [string, string, string, string][];
    words: string[];
  }

  const counted: CountedCase[] = [
    {
      name: 'names each counted visit with its number, day, unit and status',
      past: [
        ...visits(USCC.coking, ['2026-04-15'], { code: 'JC-2026-0003-2', status: 'planned', unit: 'air' }),
        ...visits(USCC.coking, ['2026-02-10'], { code: 'JC-2026-0001-1', status: 'fed-back' }),
      ],
      visits: [
        ['JC-2026-0001-1', '2026-02-10', 'luzhou', 'fed-back'],
        ['JC-2026-0003-2', '2026-04-15', 'air', 'planned'],
      ],
      words: ['JC-2026-0001-1，2026-02-10', '已检查并反馈', 'JC-2026-0003-2，2026-04-15', '已批准待实施'],
    },
    {
      name: 'leaves the cancelled one out of the list',
      past: [
        ...visits(USCC.coking, ['2026-02-10'], { code: 'JC-2026-0001-1', status: 'done' }),
        ...visits(USCC.coking, ['2026-03-10'], { code: 'JC-2026-0002-1', status: 'cancelled' }),
        ...visits(USCC.coking, ['2026-05-10'], { code: 'JC-2026-0004-1', status: 'done' }),
      ],
      visits: [
        ['JC-2026-0001-1', '2026-02-10', 'luzhou', 'done'],
        ['JC-2026-0004-1', '2026-05-10', 'luzhou', 'done'],
      ],
      words: ['已现场检查2次', 'JC-2026-0001-1', 'JC-2026-0004-1'],
    },
    {
      name: 'a visit recorded before numbering is named by its plan',
      past: visits(USCC.coking, ['2026-02-10', '2026-03-01'], { requestId: 'JC-2026-0009' }),
      visits: [
        ['JC-2026-0009', '2026-02-10', 'luzhou', 'planned'],
        ['JC-2026-0009', '2026-03-01', 'luzhou', 'planned'],
      ],
      words: ['JC-2026-0009，2026-02-10'],
    },
    {
      name: 'a visit recorded without number or status claims neither',
      past: visits(USCC.coking, ['2026-02-10', '2026-03-01']),
      visits: [
        ['', '2026-02-10', 'luzhou', 'planned'],
        ['', '2026-03-01', 'luzhou', 'planned'],
      ],
      words: ['（2026-02-10，长治市生态环境局潞州分局；2026-03-01，长治市生态环境局潞州分局）'],
    },
  ];

  it.each(counted)('$name', ({ past, visits: expected, words }) => {
    const decision = evaluateInspection(plan(), context({ pastInspections: past }));
    const finding = decision.findings.find((f) => f.code.startsWith('CAP_'));
    expect(finding?.visits?.map((v) => [v.code, v.date, v.unit, v.status])).toEqual(expected);
    for (const word of words) expect(finding?.message).toContain(word);
    expect(finding?.message).not.toContain('JC-2026-0002-1');
    expect(finding?.message).not.toContain('未编号');
    expect(finding?.visits?.every((v) => v.unitName !== v.unit)).toBe(true);
  });

  it('the exemption names the visits it counted too', () => {
    const past = visits(USCC.coking, ['2026-02-10', '2026-04-15'], { code: 'JC-2026-0001-1' });
    const decision = evaluateInspection(plan({ type: 'complaint' }), context({ pastInspections: past }));
    expect(decision.exemptions[0]?.visits).toHaveLength(2);
    expect(decision.exemptions[0]?.message).toContain('JC-2026-0001-1，2026-02-10');
  });
});
