import type { Bot } from '../../support/harness.js';
import { approvedPlan } from '../draws/support.js';

export const USCC = {
  steel: '91140406W20GL578PP',
  power: '91140403TFCBQRCW7W',
};

/**
 * Hand-counted fixture for 2026: 潞城分局 visits 钢铁 twice (a complaint, then a random visit) and the
 * positive-list 热电 once on a monitoring clue; 大气环境科 refers a clue on 钢铁 to 潞城分局.
 */
export async function seedYear(bot: Bot): Promise<void> {
  await approvedPlan(bot, { enterprise: USCC.steel, inspectors: [], from: '2026-11-26', to: '2026-11-26' });
  await approvedPlan(bot, {
    enterprise: USCC.steel,
    inspectors: [],
    from: '2026-11-26',
    to: '2026-11-27',
    type: 'random',
  });
  await approvedPlan(bot, {
    enterprise: USCC.power,
    inspectors: [],
    from: '2026-11-26',
    to: '2026-11-30',
    type: 'monitoring',
  });
  const res = await bot.post('/api/v1/referrals', {
    sender: 'ou_demo_air_officer',
    fromUnit: 'air',
    toUnit: 'lucheng',
    subject: { name: '长治示例钢铁集团有限公司' },
    source: 'monitoring',
    violations: ['air'],
    description: '自动监控数据显示颗粒物排放浓度超标',
    opinion: 'file-case',
  });
  if (res.status !== 201) throw new Error(`referral not sent: ${res.status} ${await res.text()}`);
}

/** The /stats link on the card the bot answered with. */
export function statsLink(card: unknown): string {
  const match = /\((http:\/\/[^)\s]+\/stats\?t=[^)\s]+)\)/.exec(JSON.stringify(card));
  if (!match?.[1]) throw new Error('no stats link on the card');
  return match[1];
}
