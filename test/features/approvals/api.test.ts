import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalRequests, auditLog, outbox, settings } from '../../../db/schema/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  getRequest,
  planBody,
  pressLatest,
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

const POWER_PLANT = '91140403TFCBQRCW7W';

async function counts() {
  await bot.settle();
  const count = async (table: typeof approvalRequests | typeof auditLog | typeof outbox) =>
    Number((await bot.store.db.select({ n: sql<number>`count(*)` }).from(table))[0]?.n);
  return {
    requests: await count(approvalRequests),
    audit: await count(auditLog),
    outbox: await count(outbox),
  };
}

async function check(body: Record<string, unknown>) {
  const res = await bot.post('/api/v1/checks', body);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/v1/inspection-plans and /special-inspections', () => {
  it('answers 201 with id, status, chain and findings', async () => {
    const { status, json } = await submitPlan(
      bot,
      planBody({ enterprises: ['长治示例焦化有限公司'], from: '2026-12-28', to: '2026-12-29' }),
    );
    expect(status).toBe(201);
    expect(Object.keys(json).sort()).toEqual(['chain', 'findings', 'id', 'status']);
    expect(json).toMatchObject({ id: 'JC-2026-0001', status: 'pending', findings: [] });
    const stored = await getRequest(bot, 'JC-2026-0001');
    expect(stored.form).toMatchObject({ enterprises: [{ uscc: USCC.coking, name: '长治示例焦化有限公司' }] });
    const special = await submitSpecial(bot, specialBody());
    expect(special).toMatchObject({ status: 201, json: { id: 'ZX-2026-0001', status: 'pending' } });
  });

  it('answers 400 naming each bad field, and stores nothing', async () => {
    const before = await counts();
    const empty = await submitPlan(bot, {});
    expect(empty.status).toBe(400);
    const fields = (empty.json.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'applicant',
        'unit',
        'type',
        'basis',
        'from',
        'to',
        'enterprises',
        'content',
        'methods',
      ]),
    );
    const bad = await submitPlan(
      bot,
      planBody({ from: '2026-13-01', type: 'weekly', methods: ['drone'], inspectors: ['ou_nobody'] }),
    );
    expect(bad.status).toBe(400);
    expect((bad.json.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'from',
      'methods.0',
      'type',
    ]);
    expect(bad.json.error).toBe('invalid fields: type, from, methods.0');
    const stranger = await submitPlan(bot, planBody({ applicant: 'ou_nobody', inspectors: ['ou_ghost'] }));
    expect(stranger.json.fields).toEqual([
      { field: 'applicant', message: '申请人不在本局通讯录中' },
      { field: 'inspectors.0', message: '检查人员不在本局通讯录中' },
    ]);
    const other = await submitPlan(bot, planBody({ type: 'other' }));
    expect(other.json.fields).toEqual([{ field: 'typeNote', message: '检查类型为“其他”的，请写明具体类型' }]);
    const specialMissing = await submitSpecial(bot, { applicant: 'ou_demo_soil_officer', unit: 'soil' });
    expect((specialMissing.json.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'name',
      'basis',
      'from',
      'to',
    ]);
    const res = await bot.post('/api/v1/inspection-plans', undefined);
    expect(res.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers 422 with the findings for a blocked request and keeps only the audit record of the attempt', async () => {
    const before = await counts();
    // A code the registry does not hold is a typo and blocks (a name alone is taken, with a warning).
    const blocked = await submitPlan(bot, planBody({ enterprises: [POWER_PLANT, '91140400MA0XXXXX0X'] }));
    expect(blocked.status).toBe(422);
    expect(blocked.json.error).toEqual(expect.any(String));
    const codes = (blocked.json.findings as { code: string; severity: string }[]).map(
      (f) => `${f.severity}:${f.code}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining(['block:ENTERPRISE_UNKNOWN', 'block:POSITIVE_LIST_REASON_REQUIRED']),
    );
    const blanket = await submitSpecial(bot, specialBody({ targets: '全市所有企业' }));
    expect(blanket.status).toBe(422);
    expect(blanket.json.findings).toContainEqual(
      expect.objectContaining({ code: 'SPECIAL_BLANKET', clause: '4' }),
    );
    const after = await counts();
    expect(after).toEqual({ ...before, audit: before.audit + 2 });
    const attempts = await bot.store.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'approval.blocked'`);
    expect(attempts.map((a) => a.entity)).toEqual(['approval-attempt', 'approval-attempt']);
  });

  it('lets a listed enterprise be visited on site when a reason is written, warning the approvers', async () => {
    const { status, json } = await submitPlan(
      bot,
      planBody({ enterprises: [POWER_PLANT], reason: '群众反映夜间异味，需现场核实。' }),
    );
    expect(status).toBe(201);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'POSITIVE_LIST_ON_SITE' }),
    );
  });

  it('refuses callers without the bearer token', async () => {
    const res = await bot.post('/api/v1/inspection-plans', planBody(), { authorization: 'Bearer wrong' });
    expect(res.status).toBe(401);
  });
});

describe('GET /api/v1/requests/:id', () => {
  it('returns the request, its steps and decisions; 404 for an unknown id', async () => {
    const request = await getRequest(bot, 'JC-2026-0001');
    expect(request).toMatchObject({ id: 'JC-2026-0001', kind: 'plan', status: 'pending', decisions: [] });
    expect(request.steps.map((s) => s.status)).toEqual(['pending', 'waiting']);
    const res = await fetch(`${bot.url}/api/v1/requests/JC-2026-9999`, {
      headers: { authorization: `Bearer ${bot.config.apiToken}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('POST /api/v1/checks', () => {
  it('answers chain, findings and exemptions and stores nothing', async () => {
    const before = await counts();
    const plan = await check(planBody({ enterprises: [USCC.cement], from: '2026-12-02', to: '2026-12-02' }));
    expect(plan.status).toBe(200);
    expect(Object.keys(plan.json).sort()).toEqual(['chain', 'exemptions', 'findings']);
    expect((plan.json.chain as { role: string }[]).map((s) => s.role)).toEqual([
      'unit-head',
      'supervisor',
      'director',
    ]);
    expect(plan.json.findings).toContainEqual(expect.objectContaining({ code: 'QUIET_PERIOD_ON_SITE' }));
    const special = await check({ ...specialBody(), kind: 'special' });
    expect((special.json.chain as { role: string }[]).map((s) => s.role)).toEqual([
      'unit-head',
      'supervisor',
      'director',
    ]);
    expect((await check({ kind: 'special' })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('counts approved plans towards the yearly cap, with the cap read from the settings table', async () => {
    await bot.store.write((tx) => tx.insert(settings).values({ key: 'rules.yearlyCap', value: '1' }));
    const body = planBody({
      enterprises: [USCC.sewage],
      applicant: 'ou_demo_water_officer',
      unit: 'water',
      inspectors: [],
    });
    const { json } = await submitPlan(bot, body);
    const id = String(json.id);
    expect(
      (await check(planBody({ enterprises: [USCC.sewage], from: '2026-12-28', to: '2026-12-28' }))).json
        .findings,
    ).not.toContainEqual(expect.objectContaining({ code: 'CAP_EXCEEDED' }));
    for (const openId of ['ou_demo_water_head', 'ou_demo_deputy_1']) {
      await pressLatest(bot, openId, id, '同意');
    }
    const routine = await check(
      planBody({ enterprises: [USCC.sewage], from: '2026-12-28', to: '2026-12-28' }),
    );
    expect(routine.json.findings).toContainEqual(
      expect.objectContaining({ severity: 'block', code: 'CAP_EXCEEDED' }),
    );
    const complaint = await check(
      planBody({ enterprises: [USCC.sewage], type: 'complaint', from: '2026-12-28', to: '2026-12-28' }),
    );
    expect(complaint.json.exemptions).toEqual([expect.objectContaining({ code: 'CAP_EXEMPT', clause: '3' })]);
    expect(complaint.json.findings).not.toContainEqual(expect.objectContaining({ severity: 'block' }));
  });

  it("finds another unit's plan for the same enterprise around the same time, pending or approved", async () => {
    const water = {
      applicant: 'ou_demo_water_officer',
      unit: 'water',
      inspectors: [],
      enterprises: [USCC.foundry],
      type: 'complaint',
      from: '2027-01-11',
      to: '2027-01-12',
    };
    const { json } = await submitPlan(bot, planBody(water));
    const id = String(json.id);
    const joint = async (overrides: Record<string, unknown>) =>
      (
        (await check(planBody({ enterprises: [USCC.foundry], type: 'complaint', ...overrides }))).json
          .findings as { code: string; otherPlanId?: string }[]
      )
        .filter((f) => f.code === 'JOINT_INSPECTION')
        .map((f) => f.otherPlanId);

    // The window is 30 days either side (settings default), counted from the ends of both ranges.
    expect(await joint({ from: '2027-02-11', to: '2027-02-11' })).toEqual([id]);
    expect(await joint({ from: '2027-02-12', to: '2027-02-13' })).toEqual([]);
    expect(await joint({ from: '2026-12-12', to: '2026-12-12' })).toEqual([id]);
    expect(await joint({ from: '2026-12-10', to: '2026-12-11' })).toEqual([]);
    expect(await joint({ ...water })).toEqual([]);

    for (const openId of ['ou_demo_water_head', 'ou_demo_deputy_1']) {
      await pressLatest(bot, openId, id, '同意');
    }
    expect((await getRequest(bot, id)).status).toBe('approved');
    expect(await joint({ from: '2027-01-20', to: '2027-01-21' })).toEqual([id]);
    expect(await joint({ from: '2027-03-20', to: '2027-03-21' })).toEqual([]);
    expect(await joint({ enterprises: [USCC.ceramics], from: '2027-01-20', to: '2027-01-21' })).toEqual([]);
  });
});
