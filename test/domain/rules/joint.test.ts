import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  distanceDays,
  evaluateInspection,
  jointWindow,
  type OtherPlan,
} from '../../../src/domain/rules/index.js';
import { context, plan, USCC } from './fixtures.js';

/** The proposal under test runs 2026-06-01 to 2026-06-02 at the 上党区 coking plant. */
function other(changes: Partial<OtherPlan>): OtherPlan {
  return {
    id: 'plan-9',
    unit: 'shangdang',
    enterprises: [USCC.coking],
    from: '2026-06-10',
    to: '2026-06-11',
    status: 'approved',
    ...changes,
  };
}

const cases: { name: string; plan: OtherPlan; joint: boolean }[] = [
  { name: 'overlapping dates', plan: other({ from: '2026-06-02', to: '2026-06-03' }), joint: true },
  { name: 'a pending plan nine days later', plan: other({ status: 'pending' }), joint: true },
  {
    name: 'just inside the window after',
    plan: other({ from: '2026-07-02', to: '2026-07-05' }),
    joint: true,
  },
  {
    name: 'just outside the window after',
    plan: other({ from: '2026-07-03', to: '2026-07-05' }),
    joint: false,
  },
  {
    name: 'just inside the window before',
    plan: other({ from: '2026-04-20', to: '2026-05-02' }),
    joint: true,
  },
  {
    name: 'just outside the window before',
    plan: other({ from: '2026-04-20', to: '2026-05-01' }),
    joint: false,
  },
  { name: 'the same unit', plan: other({ unit: 'air' }), joint: false },
  { name: 'another enterprise', plan: other({ enterprises: [USCC.steel] }), joint: false },
  { name: 'the proposal itself, stored', plan: other({ id: 'req-1', unit: 'water' }), joint: false },
];

describe('第3条 综合一次查', () => {
  it.each(cases)('$name: joint $joint', ({ plan: otherPlan, joint }) => {
    const decision = evaluateInspection(plan({ id: 'req-1' }), context({ otherPlans: [otherPlan] }));
    const found = decision.findings.filter((finding) => finding.code === 'JOINT_INSPECTION');
    expect(found).toHaveLength(joint ? 1 : 0);
  });

  it('names the other unit and its dates and proposes one joint visit', () => {
    const decision = evaluateInspection(plan(), context({ otherPlans: [other({ status: 'pending' })] }));
    const [finding] = decision.findings;
    expect(finding).toMatchObject({
      severity: 'warn',
      code: 'JOINT_INSPECTION',
      clause: '3',
      enterprise: USCC.coking,
      otherUnit: 'shangdang',
      otherPlanId: 'plan-9',
    });
    expect(finding?.message).toContain(
      '长治市生态环境局上党分局对长治示例焦化有限公司的检查计划（2026-06-10至2026-06-11，待审批）',
    );
    expect(finding?.message).toContain('综合一次查');
    expect(decision.blocked).toBe(false);
  });

  it('follows the configured window', () => {
    const settings = { ...context().settings, jointWindowDays: 7 };
    const decision = evaluateInspection(plan(), context({ otherPlans: [other({})], settings }));
    expect(decision.findings).toHaveLength(0);
  });
});

describe('the joint window the store reads by', () => {
  const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-05-01', n));
  const range = fc.tuple(day, fc.integer({ min: 0, max: 10 })).map(([from, len]) => ({
    from,
    to: addDays(from, len),
  }));

  it('holds exactly the plans the rule finds close enough', () => {
    fc.assert(
      fc.property(range, range, fc.integer({ min: 0, max: 40 }), (proposal, plan, windowDays) => {
        const window = jointWindow(proposal, windowDays)!;
        const touches = plan.to >= window.from && plan.from <= window.to;
        expect(touches).toBe(distanceDays(plan, proposal) <= windowDays);
      }),
    );
  });

  it('is undefined for dates that are not a range', () => {
    expect(jointWindow({ from: '2026-06-05', to: '2026-06-01' }, 30)).toBeUndefined();
    expect(jointWindow({ from: '2026-02-30', to: '2026-03-01' }, 30)).toBeUndefined();
  });
});
