import type { Enterprise, Person } from '../../../domain/org.js';
import type { PlanForm } from '../../approvals/index.js';
import type { SeedFix } from '../digest.js';

/**
 * The 附件2 plan a drawn enterprise gets: type 双随机, on site, with the drawn inspectors. The basis
 * names the draw and its seed so the plan can be traced back to the published draw; a test seed
 * says so.
 */
export function drawnPlanForm(
  drawId: string,
  fix: Pick<SeedFix, 'seed' | 'scheme'>,
  period: { from: string; to: string },
  enterprise: Enterprise,
  inspectors: readonly Person[],
  content: string,
): PlanForm {
  return {
    kind: 'plan',
    type: 'random',
    basis: `长环发〔2025〕36号第3条“双随机、一公开”：随机抽查${drawId}抽中（${fix.scheme === 'test' ? '测试种子' : '随机种子'}${fix.seed}）`,
    from: period.from,
    to: period.to,
    enterprises: [{ uscc: enterprise.uscc, name: enterprise.name }],
    inspectors: inspectors.map((p) => ({ openId: p.openId, name: p.name })),
    content,
    methods: ['on-site'],
  };
}
