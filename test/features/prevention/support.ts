import type { Bot } from '../../support/harness.js';
import type { Json } from '../referrals/helpers.js';

export const STEEL = { uscc: '91140406W20GL578PP', name: '长治示例钢铁集团有限公司' };
export const COKING = { uscc: '91140404A10YRXXR9P', name: '长治示例焦化有限公司' };
export const AIR_OFFICER = 'ou_demo_air_officer';
export const LUCHENG_HEAD = 'ou_demo_lucheng_head';
export const LUCHENG_OFFICER = 'ou_demo_lucheng_officer';

export function warningBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    by: AIR_OFFICER,
    unit: 'air',
    enterprise: STEEL.uscc,
    source: 'online-monitoring',
    risk: '烧结机头颗粒物小时均值连续三日接近排放限值',
    advice: '检查除尘设施运行状况，及时更换破损布袋',
    ...changes,
  };
}

export async function call(bot: Bot, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res =
    body === undefined
      ? await fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${bot.config.apiToken}` } })
      : await bot.post(path, body);
  return { status: res.status, json: (await res.json()) as Json };
}

export function outreachBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    by: LUCHENG_OFFICER,
    unit: 'lucheng',
    date: '2026-11-20',
    form: 'lecture',
    topic: '新修订大气污染防治法律责任解读',
    enterprises: [STEEL.uscc],
    team: ['潞城分局执法人员（示例）'],
    ...changes,
  };
}
