import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspections } from '../../../db/schema/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  getRequest,
  newPlan,
  planBody,
  approveThrough,
  sentTo,
  specialBody,
  submitPlan,
  submitSpecial,
  TODAY_10AM,
  USCC,
} from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

interface Finding {
  severity: string;
  code: string;
  message: string;
  clause: string;
  visits?: { code: string; date: string; unit: string; unitName: string; status: string }[];
}

async function check(body: Record<string, unknown>) {
  const res = await bot.post('/api/v1/checks', body);
  expect(res.status).toBe(200);
  return (await res.json()) as { chain: { role: string }[]; findings: Finding[] };
}

describe('第3条: the yearly cap counts visits done and planned, not cancelled ones', () => {
  const late = { enterprises: [USCC.cement], from: '2026-12-28', to: '2026-12-28' };

  it('names the visits it counted, and a cancelled one frees its place', async () => {
    const first = await newPlan(bot, USCC.cement);
    await approveThrough(bot, first);
    const second = await newPlan(bot, USCC.cement, { from: '2026-11-28', to: '2026-11-30' });
    await approveThrough(bot, second);

    const full = await check(planBody(late));
    const exceeded = full.findings.find((f) => f.code === 'CAP_EXCEEDED');
    expect(exceeded?.visits?.map((v) => [v.code, v.date, v.unit, v.status])).toEqual([
      [`${first}-1`, '2026-11-27', 'air', 'planned'],
      [`${second}-1`, '2026-11-28', 'air', 'planned'],
    ]);
    expect(exceeded?.message).toContain(`${first}-1，2026-11-27，大气环境科，已批准待实施`);

    await bot.store.write((tx) =>
      tx
        .update(inspections)
        .set({ status: 'cancelled' })
        .where(eq(inspections.code, `${second}-1`)),
    );
    const freed = await check(planBody(late));
    expect(freed.findings.map((f) => f.code)).not.toContain('CAP_EXCEEDED');
    const reached = freed.findings.find((f) => f.code === 'CAP_REACHED');
    expect(reached?.visits?.map((v) => v.code)).toEqual([`${first}-1`]);
    expect(reached?.message).not.toContain(second);

    await bot.store.write((tx) =>
      tx
        .update(inspections)
        .set({ status: 'done', resultDate: '2026-11-29' })
        .where(eq(inspections.code, `${first}-1`)),
    );
    const done = await check(planBody(late));
    expect(done.findings.find((f) => f.code === 'CAP_REACHED')?.visits).toEqual([
      expect.objectContaining({ code: `${first}-1`, date: '2026-11-29', status: 'done' }),
    ]);
  });
});

describe('第4条: a 专项 plan names the approved special inspection it carries out', () => {
  let special: string;
  const specialPlan = (overrides: Record<string, unknown> = {}) =>
    planBody({ type: 'special', enterprises: [USCC.foundry], ...overrides });

  beforeAll(async () => {
    const filed = await submitSpecial(bot, specialBody({ from: '2026-11-27', to: '2026-12-31' }));
    special = String(filed.json.id);
    await approveThrough(bot, special);
  });

  it('goes to the 局长 with a 第4条 finding when it names none', async () => {
    const { status, json } = await submitPlan(bot, specialPlan());
    expect(status).toBe(201);
    expect(json.chain).toEqual([
      expect.objectContaining({ role: 'unit-head' }),
      expect.objectContaining({ role: 'supervisor' }),
      expect.objectContaining({ role: 'director', openId: 'ou_demo_director' }),
    ]);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'SPECIAL_PLAN_UNLINKED', clause: '4' }),
    );
  });

  it('keeps the ordinary chain when it names an approved one covering its dates, and shows it', async () => {
    const { status, json } = await submitPlan(bot, specialPlan({ special, enterprises: [USCC.ceramics] }));
    expect(status).toBe(201);
    expect((json.chain as { role: string }[]).map((s) => s.role)).toEqual(['unit-head', 'supervisor']);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: 'SPECIAL_PLAN_LINKED', clause: '4' }),
    );
    const stored = await getRequest(bot, String(json.id));
    expect(stored.form).toMatchObject({ type: 'special', special });
  });

  it('offers the approved special inspections in period on the chat form', async () => {
    await bot.sendText('ou_demo_air_officer', '发起入企检查审批');
    const form = (await sentTo(bot, 'ou_demo_air_officer')).at(-1);
    const select = JSON.stringify(form?.content ?? {});
    expect(select).toContain(`"value":"${special}"`);
    expect(select).toContain(`${special} 危险废物非法处置专项检查（2026-11-27至2026-12-31）`);
    expect(select).not.toContain('未批准专项');
  });

  it('answers 422 naming why for an unknown, unapproved or out-of-period special inspection', async () => {
    const pending = String((await submitSpecial(bot, specialBody({ name: '未批准专项' }))).json.id);
    const refused = [
      [{ special: 'ZX-2026-0999' }, 'SPECIAL_PLAN_UNKNOWN', '未找到专项执法检查ZX-2026-0999。'],
      [
        { special: pending },
        'SPECIAL_PLAN_NOT_APPROVED',
        `专项执法检查${pending}尚未批准，不能据以实施检查。`,
      ],
      [
        { special, from: '2026-12-30', to: '2027-01-02' },
        'SPECIAL_PLAN_OUT_OF_PERIOD',
        `检查时间超出专项执法检查${special}的检查时间（2026-11-27至2026-12-31）。`,
      ],
      [
        { special, type: 'random' },
        'SPECIAL_PLAN_NOT_SPECIAL',
        `检查类型不是专项，不应关联专项执法检查${special}。`,
      ],
    ] as const;
    for (const [overrides, code, message] of refused) {
      const { status, json } = await submitPlan(
        bot,
        specialPlan({
          ...overrides,
          enterprises: [USCC.sewage],
          quietExemption: 'other',
          quietExemptionNote: '上级交办',
        }),
      );
      expect(status).toBe(422);
      expect(json.findings).toContainEqual(
        expect.objectContaining({ severity: 'block', code, message, clause: '4' }),
      );
    }
  });
});
