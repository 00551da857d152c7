import { describe, expect, it } from 'vitest';
import { evaluateInspection } from '../../../src/domain/rules/index.js';
import { chainIds, codes, context, enterprisesWith, plan, special, USCC, visits } from './fixtures.js';

describe('rules together', () => {
  it('orders block, warn, info and then by clause', () => {
    const proposal = plan({ enterprises: [USCC.coking, USCC.power], from: '2026-12-05', to: '2026-12-06' });
    const decision = evaluateInspection(
      proposal,
      context({
        pastInspections: visits(USCC.coking, ['2026-03-01', '2026-09-01']),
        otherPlans: [
          {
            id: 'p2',
            unit: 'water',
            enterprises: [USCC.power],
            from: '2026-12-20',
            to: '2026-12-21',
            status: 'approved',
          },
        ],
        enterprises: enterprisesWith(USCC.power, { majorProblem: true }),
      }),
    );
    expect(decision.findings.map((f) => [f.severity, f.code, f.clause])).toEqual([
      ['block', 'CAP_EXCEEDED', '3'],
      ['block', 'POSITIVE_LIST_REASON_REQUIRED', '9'],
      ['warn', 'JOINT_INSPECTION', '3'],
      ['warn', 'QUIET_PERIOD_ON_SITE', '10'],
      ['warn', 'QUIET_PERIOD_ON_SITE', '10'],
      ['info', 'RAISED_CAP', '11'],
    ]);
    expect(decision.blocked).toBe(true);
    expect(chainIds(decision)).toEqual(['air-head', 'deputy-2', 'director']);
  });

  it('a complaint in a quiet period over the cap: exempt, but the 局长 still approves', () => {
    const decision = evaluateInspection(
      plan({ type: 'complaint', from: '2026-12-10', to: '2026-12-10' }),
      context({ pastInspections: visits(USCC.coking, ['2026-03-01', '2026-09-01']) }),
    );
    expect(codes(decision)).toEqual(['QUIET_PERIOD_ON_SITE']);
    expect(decision.exemptions.map((e) => e.code)).toEqual(['CAP_EXEMPT']);
    expect(chainIds(decision)).toEqual(['air-head', 'deputy-2', 'director']);
    expect(decision.blocked).toBe(false);
  });

  it('a county special inspection in a quiet period with a joint plan and a blanket target', () => {
    const decision = evaluateInspection(
      special({
        unit: 'lucheng',
        applicant: 'lucheng-head',
        enterprises: [USCC.steel],
        targets: '全区钢铁企业',
        from: '2026-12-21',
        to: '2026-12-23',
      }),
      context({
        otherPlans: [
          {
            id: 'p3',
            unit: 'air',
            enterprises: [USCC.steel],
            from: '2027-01-10',
            to: '2027-01-12',
            status: 'pending',
          },
        ],
      }),
    );
    expect(codes(decision)).toEqual([
      'SPECIAL_BLANKET',
      'JOINT_INSPECTION',
      'QUIET_PERIOD_ON_SITE',
      'SPECIAL_FILING',
      'CHAIN_STEP_SKIPPED',
    ]);
    expect(chainIds(decision)).toEqual(['director']);
  });

  it('a document review of a listed enterprise in its own quiet period passes with notes only', () => {
    const decision = evaluateInspection(
      plan({
        enterprises: [USCC.pharma],
        methods: ['document-review'],
        from: '2027-01-05',
        to: '2027-01-06',
      }),
      context({ pastInspections: visits(USCC.pharma, ['2026-03-01', '2026-09-01']) }),
    );
    expect(codes(decision)).toEqual(['POSITIVE_LIST_NOT_RESTRICTED', 'QUIET_PERIOD_OFF_SITE']);
    expect(decision.blocked).toBe(false);
  });

  it('gives the same decision for the same input', () => {
    const ctx = context({ pastInspections: visits(USCC.coking, ['2026-03-01']) });
    const proposal = plan({ enterprises: [USCC.power, USCC.coking], from: '2026-11-30', to: '2026-12-01' });
    expect(evaluateInspection(proposal, ctx)).toEqual(evaluateInspection(proposal, ctx));
  });

  it('does not depend on the machine time zone', () => {
    const original = process.env.TZ;
    const proposal = plan({ from: '2026-11-30', to: '2026-12-01' });
    const results = ['Pacific/Kiritimati', 'America/St_Johns', 'UTC'].map((zone) => {
      process.env.TZ = zone;
      return evaluateInspection(proposal, context());
    });
    process.env.TZ = original;
    expect(results[0]).toEqual(results[1]);
    expect(results[1]).toEqual(results[2]);
    expect(results[0]?.findings[0]?.message).toContain('有1天处于企业安静期');
  });
});
