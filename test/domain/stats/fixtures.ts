import type { Enterprise } from '../../../src/domain/org.js';
import type { InspectionRow, ReferralRow, RequestRow, StepRow } from '../../../src/domain/stats/index.js';

function firm(uscc: string, changes: Partial<Enterprise> = {}): Enterprise {
  return {
    name: uscc,
    uscc,
    county: '甲县',
    industry: '化工',
    keyPolluter: true,
    positiveList: false,
    ...changes,
  };
}

/** C is on the positive list without end; D only until 2026-06-30. */
export const registry: Enterprise[] = [
  firm('A'),
  firm('B'),
  firm('C', { positiveList: true }),
  firm('D', { positiveList: true, positiveListTo: '2026-06-30' }),
];

function visit(
  requestId: string,
  uscc: string,
  date: string,
  unitId: string,
  type: InspectionRow['type'],
  onSite = true,
) {
  return { requestId, uscc, date, unitId, type, onSite };
}

const COMPLAINT = '投诉举报、案件查处、媒体曝光需调查核实';

export const inspections: InspectionRow[] = [
  visit('R1', 'A', '2026-01-10', 'air', 'random'),
  { ...visit('R2', 'A', '2026-03-05', 'air', 'complaint'), inQuietPeriod: true, quietExemption: COMPLAINT },
  visit('R3', 'A', '2026-11-03', 'water', 'random'),
  {
    ...visit('R4', 'B', '2026-11-10', 'lucheng', 'referral'),
    inQuietPeriod: true,
    quietExemption: COMPLAINT,
  },
  visit('R5', 'B', '2026-11-12', 'lucheng', 'random', false),
  // Planned before the form asked for an exemption.
  { ...visit('R6', 'C', '2026-11-15', 'air', 'enterprise-request'), inQuietPeriod: true },
  visit('R7', 'D', '2026-07-01', 'water', 'random'),
  visit('R8', 'D', '2026-05-01', 'water', 'monitoring'),
  visit('R9', 'A', '2025-12-30', 'air', 'random'),
  visit('R10', 'B', '2026-11-20', 'lucheng', 'monitoring'),
  // Not yet due: not counted, quiet or not.
  {
    ...visit('R11', 'A', '2026-12-05', 'air', 'random'),
    inQuietPeriod: true,
    quietExemption: '其他（上级交办）',
  },
];

function step(deciderId: string, activatedAt: string, decidedAt: string): StepRow {
  return {
    deciderId,
    deciderName: `${deciderId}名`,
    activatedAt,
    decidedAt,
    decidedOn: decidedAt.slice(0, 10),
  };
}

export const requests: RequestRow[] = [
  {
    id: 'Q1',
    status: 'approved',
    unitId: 'air',
    findingCodes: ['QUIET_PERIOD_ON_SITE'],
    closedOn: '2026-11-05',
    steps: [
      step('air-head', '2026-11-04T01:00:00Z', '2026-11-04T03:00:00Z'),
      step('deputy-2', '2026-11-04T03:00:00Z', '2026-11-05T03:00:00Z'),
    ],
  },
  {
    id: 'Q2',
    status: 'approved',
    unitId: 'lucheng',
    findingCodes: ['QUIET_PERIOD_ON_SITE', 'CAP_REACHED'],
    closedOn: '2026-10-20',
    steps: [
      step('lucheng-head', '2026-10-19T00:00:00Z', '2026-10-19T05:00:00Z'),
      step('director', '2026-10-19T05:00:00Z', '2026-10-20T01:00:00Z'),
    ],
  },
  {
    id: 'Q3',
    status: 'rejected',
    unitId: 'air',
    findingCodes: ['QUIET_PERIOD_ON_SITE'],
    closedOn: '2026-11-06',
    steps: [
      step('air-head', '2026-11-06T00:00:00Z', '2026-11-06T04:00:00Z'),
      step('deputy-2', '2026-11-06T04:00:00Z', '2026-11-06T10:00:00Z'),
    ],
  },
  {
    id: 'Q4',
    status: 'pending',
    unitId: 'water',
    findingCodes: [],
    closedOn: null,
    steps: [step('water-head', '2026-11-20T00:00:00Z', '2026-11-20T08:00:00Z')],
  },
  {
    id: 'Q5',
    status: 'approved',
    unitId: 'air',
    findingCodes: ['QUIET_PERIOD_OFF_SITE'],
    closedOn: '2026-11-07',
    steps: [step('air-head', '2026-11-07T00:00:00Z', '2026-11-07T01:00:00Z')],
  },
];

function referral(
  id: string,
  unitId: string,
  receivedOn: string,
  state: ReferralRow['state'],
  dueOn: string | null,
) {
  return { id, unitId, receivedOn, state, dueOn };
}

export const referrals: ReferralRow[] = [
  referral('F1', 'water', '2026-11-02', 'rectifying', '2026-11-20'),
  referral('F2', 'water', '2026-11-03', 'returned', null),
  referral('F3', 'water', '2026-11-10', 'submitted', '2026-11-25'),
  referral('F4', 'lucheng', '2026-10-01', 'closed', '2026-10-10'),
  referral('F5', 'lucheng', '2026-11-15', 'accepted', '2026-12-01'),
  referral('F6', 'lucheng', '2026-11-16', 'filed', '2026-11-26'),
  referral('F7', 'air', '2025-12-01', 'closed', null),
];

export const rows = { inspections, requests, referrals, registry };
export const TODAY = '2026-11-26';
