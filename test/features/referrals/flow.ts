import { expect } from 'vitest';
import type { Bot } from '../../support/harness.js';
import { cardsTo, cardTitle, type Json } from './helpers.js';

export const STEEL_USCC = '91140406W20GL578PP';

/** A complete API referral from 大气环境科 about the 潞城 steel works; `changes` replace fields. */
export function referralBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sender: 'ou_demo_air_officer',
    fromUnit: 'air',
    subject: { name: '长治示例钢铁集团有限公司', uscc: STEEL_USCC },
    source: 'monitoring',
    violations: ['air'],
    description: '11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。',
    law: '《中华人民共和国大气污染防治法》第九十九条',
    materials: ['在线监测数据截图3张', '超标时段统计表1份'],
    opinion: 'file-case',
    ...changes,
  };
}

export async function postReferral(bot: Bot, changes: Record<string, unknown> = {}): Promise<Json> {
  const res = await bot.post('/api/v1/referrals', referralBody(changes));
  const json = (await res.json()) as Json;
  expect(res.status, JSON.stringify(json)).toBe(201);
  await bot.settle();
  return json;
}

export async function getReferral(bot: Bot, id: string): Promise<Json> {
  const res = await fetch(`${bot.url}/api/v1/referrals/${id}`, {
    headers: { authorization: `Bearer ${bot.config.apiToken}` },
  });
  return (await res.json()) as Json;
}

/** The newest card a person holds about the referral. */
export async function cardAbout(bot: Bot, openId: string, id: string): Promise<Json> {
  await bot.settle();
  const card = (await cardsTo(bot, openId)).filter((m) => cardTitle(m.content).includes(id)).at(-1);
  if (!card) throw new Error(`${openId} holds no card about ${id}`);
  return card.content;
}

export async function cardCountAbout(bot: Bot, openId: string, id: string): Promise<number> {
  await bot.settle();
  return (await cardsTo(bot, openId)).filter((m) => cardTitle(m.content).includes(id)).length;
}
