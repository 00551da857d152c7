import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_LIMITS } from '../../../src/domain/follow-up-limits.js';
import {
  supervisionRecipients,
  supervisionReport,
  weekOf,
  type SectionKey,
  type SupervisionRows,
} from '../../../src/domain/supervision/index.js';
import { directory } from '../rules/fixtures.js';

const TODAY = '2026-11-26';

function rows(overrides: Partial<SupervisionRows> = {}): SupervisionRows {
  return {
    today: TODAY,
    waitingSteps: [],
    lateResults: { total: 0, items: [] },
    lateFeedback: { total: 0, items: [] },
    visitCounts: [],
    mostVisited: [],
    atCap: { total: 0, items: [] },
    quietVisits: [],
    names: new Map([
      ['A', '甲公司'],
      ['B', '乙公司'],
    ]),
    unitName: (id) => ({ air: '大气环境科' })[id] ?? id,
    ...overrides,
  };
}

const opts = { limits: DEFAULT_FOLLOW_UP_LIMITS, lineLimit: 2 };

function section(r: SupervisionRows, key: SectionKey) {
  const found = supervisionReport(r, opts).sections.find((s) => s.key === key);
  if (!found) throw new Error(key);
  return found;
}

const step = (requestId: string, since: string) => ({
  requestId,
  title: '甲公司检查计划',
  approverName: '张三',
  roleLabel: '分管局长',
  since,
});

interface Case {
  name: string;
  rows: Partial<SupervisionRows>;
  key: SectionKey;
  total: number;
  lines: [string, string][];
  counts?: [string, number][];
}

const cases: Case[] = [
  {
    name: 'approvals: only steps waiting over the limit, longest first, cut to the line limit',
    rows: {
      waitingSteps: [
        step('JC-2026-0001', '2026-11-23'),
        step('JC-2026-0002', '2026-11-20'),
        step('JC-2026-0003', '2026-11-16'),
        step('JC-2026-0004', '2026-11-19'),
      ],
    },
    key: 'approvals',
    total: 3,
    lines: [
      ['JC-2026-0003', 'JC-2026-0003 甲公司检查计划：待张三（分管局长）审批，已8个工作日'],
      ['JC-2026-0004', 'JC-2026-0004 甲公司检查计划：待张三（分管局长）审批，已5个工作日'],
    ],
  },
  {
    name: 'results: the store total and each line with the working days since the last day',
    rows: {
      lateResults: {
        total: 7,
        items: [
          {
            code: 'JC-2026-0001-1',
            requestId: 'JC-2026-0001',
            enterpriseName: '甲公司',
            unitId: 'air',
            from: '2026-11-19',
          },
        ],
      },
    },
    key: 'results',
    total: 7,
    lines: [['JC-2026-0001', 'JC-2026-0001-1 甲公司（大气环境科）：检查结束已5个工作日']],
  },
  {
    name: 'caps: the store total, each line with its cap, cut to the line limit',
    rows: {
      atCap: {
        total: 9,
        items: [
          { uscc: 'C', visits: 4, onSite: 3, cap: 2, lastRequestId: 'JC-2026-0009' },
          { uscc: 'B', visits: 6, onSite: 6, cap: 6, lastRequestId: 'JC-2026-0008' },
          { uscc: 'A', visits: 3, onSite: 2, cap: 2, lastRequestId: 'JC-2026-0007' },
        ],
      },
    },
    key: 'caps',
    total: 9,
    lines: [
      ['JC-2026-0009', 'C：现场检查3次，上限2次，已超出'],
      ['JC-2026-0008', '乙公司：现场检查6次，上限6次'],
    ],
  },
  {
    name: 'quiet: counted by the exemption claimed',
    rows: {
      quietVisits: [
        { requestId: 'JC-2026-0001', enterprises: 2, exemption: '群众举报' },
        { requestId: 'JC-2026-0002', enterprises: 1 },
        { requestId: 'JC-2026-0003', enterprises: 1, exemption: '群众举报' },
      ],
    },
    key: 'quiet',
    total: 4,
    lines: [
      ['JC-2026-0001', 'JC-2026-0001：2家企业，例外情形：群众举报'],
      ['JC-2026-0002', 'JC-2026-0002：1家企业，例外情形：未填报'],
    ],
    counts: [
      ['群众举报', 3],
      ['未填报', 1],
    ],
  },
  {
    name: 'distribution: enterprises by visits, the most visited listed',
    rows: {
      visitCounts: [
        { visits: 1, enterprises: 10 },
        { visits: 4, enterprises: 2 },
        { visits: 5, enterprises: 1 },
        { visits: 7, enterprises: 1 },
      ],
      mostVisited: [
        { uscc: 'B', visits: 7, onSite: 2, lastRequestId: 'JC-2026-0002' },
        { uscc: 'C', visits: 5, onSite: 0, lastRequestId: 'JC-2026-0003' },
        { uscc: 'A', visits: 4, onSite: 4, lastRequestId: 'JC-2026-0001' },
      ],
    },
    key: 'distribution',
    total: 14,
    lines: [
      ['JC-2026-0002', '乙公司：检查7次，其中现场检查2次'],
      ['JC-2026-0003', 'C：检查5次，其中现场检查0次'],
    ],
    counts: [
      ['1次', 10],
      ['2次', 0],
      ['3次', 0],
      ['4至5次', 3],
      ['6次及以上', 1],
    ],
  },
  { name: 'nothing to report', rows: {}, key: 'feedback', total: 0, lines: [] },
];

describe('三（二） supervision report', () => {
  it.each(cases)('$name', ({ rows: given, key, total, lines, counts }) => {
    const s = section(rows(given), key);
    expect(s.total).toBe(total);
    expect(s.lines.map((l) => [l.recordId, l.text])).toEqual(lines);
    if (counts) expect(s.counts?.map((c) => [c.label, c.value])).toEqual(counts);
  });

  it('sends the weekly card to the 局长 and the head of 法规与标准科', () => {
    expect(supervisionRecipients(directory).map((p) => p.id)).toEqual(['director', 'legal-head']);
  });

  it.each([
    ['2026-11-26', '2026-11-23'],
    ['2026-11-23', '2026-11-23'],
    ['2026-11-29', '2026-11-23'],
    ['2026-11-30', '2026-11-30'],
  ])('the week of %s starts on %s', (date, monday) => {
    expect(weekOf(date)).toBe(monday);
  });
});
