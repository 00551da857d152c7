import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { startFakeLark, type FakeLark, type FakeMessage } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { contentOf } from '../../support/working-cards.js';
import { planBody } from '../approvals/support.js';
import { approveAll, get, json } from '../draws/support.js';

export const OFFICER = 'ou_demo_air_officer';
export const HEAD = 'ou_demo_air_head';
export const STRANGER = 'ou_demo_soil_officer';

/** Bureau time, UTC+8, as the clock's milliseconds. */
export const at = (local: string) => Date.parse(`${local}+08:00`);

/** A plan of 大气环境科 for 11-27..11-30 on `enterprises`, approved through the chain; its id. */
export async function approvedPlan(
  bot: Bot,
  enterprises: string[],
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await bot.post('/api/v1/inspection-plans', planBody({ enterprises, ...overrides }));
  const body = await json<{ id?: string }>(res);
  expect(res.status, JSON.stringify(body)).toBe(201);
  const id = String(body.id);
  // Each decision's follow-up makes the next step current, so settle between the steps.
  for (let i = 0; i < 8; i++) {
    await approveAll(bot, id);
    await bot.settle();
    const request = await json<{ status: string }>(await get(bot, `/api/v1/requests/${id}`));
    if (request.status === 'approved') return id;
  }
  throw new Error(`${id} was not approved`);
}

export interface Visit {
  id: string;
  enterprise: { name: string; uscc: string | null };
  status: string;
  result?: Record<string, unknown>;
  feedback?: Record<string, unknown>;
}

export async function visitsOf(bot: Bot, id: string): Promise<Visit[]> {
  const request = await json<{ status: string; inspections: Visit[] }>(
    await get(bot, `/api/v1/requests/${id}`),
  );
  expect(request.status).toBe('approved');
  return request.inspections;
}

export async function step(bot: Bot, code: string, verb: string, body: unknown) {
  const res = await bot.post(`/api/v1/inspections/${code}/${verb}`, body);
  return { status: res.status, json: await json(res) };
}

export const RESULT = {
  by: OFFICER,
  date: '2026-11-28',
  outcome: 'no-issue',
  findings: '废气处理设施正常运行，未发现问题。',
  methods: ['on-site', 'document-review'],
};

export const FEEDBACK = {
  by: OFFICER,
  date: '2026-11-30',
  means: 'written',
  content: '已书面告知企业检查结果。',
};

/** All text on a card as it stands. */
export function textOf(m: FakeMessage): string {
  return JSON.stringify(contentOf(m));
}

/** Cards a person holds whose title names the code, as they stand now. */
export function cardsFor(fake: FakeLark, openId: string, code: string): FakeMessage[] {
  return fake.sentTo(openId).filter((m) => m.msgType === 'interactive' && textOf(m).includes(`${code}"`));
}

export function textsTo(fake: FakeLark, openId: string): string[] {
  return fake
    .sentTo(openId)
    .filter((m) => m.msgType === 'text')
    .map((m) => String((contentOf(m) as { text?: string }).text));
}

/**
 * The real app with the fake Lark on a bureau clock that runs on from where a test sets it, so the
 * outbox's pacing (in real time) and the fake's per-person limit (on this clock) agree.
 */
export async function startRunningBot(local: string) {
  const clock = { from: at(local), since: Date.now() };
  const now = () => clock.from + (Date.now() - clock.since);
  const fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret, clock: now });
  const bot = await startBot({ fakeLark: fake, now: () => new Date(now()) });
  return {
    bot,
    fake,
    setClock: (to: string) => Object.assign(clock, { from: at(to), since: Date.now() }),
    /** Lets the outbox deliver everything, sending again what the fake turned away as too frequent. */
    async settle() {
      for (let i = 0; i < 50; i++) {
        await bot.settle();
        const [left] = await bot.store.db.all<{ n: number }>(
          sql`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`,
        );
        if (!left?.n) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('the outbox did not drain');
    },
    async close() {
      await bot.close();
      await fake.close();
    },
  };
}
