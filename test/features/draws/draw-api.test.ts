import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { draws } from '../../../db/schema/index.js';
import { drawCommand } from '../../../src/cli/commands/draw-command.js';
import { runDraw, type DrawInput } from '../../../src/domain/draws/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  approvedPlan,
  cliContext,
  DRAW,
  get,
  json,
  NOW,
  postDraw,
  sentTo,
  withLuchengOfficers,
} from './support.js';

interface Assignment {
  uscc: string;
  name: string;
  inspectors: { personId: string; openId: string }[];
  filing: string;
  requestId: string | null;
  planStatus: string | null;
}
interface DrawBody {
  id: string;
  seed: string;
  inputDigest: string;
  pool: Omit<DrawInput, 'algorithm' | 'seed'>;
  excluded: { uscc: string; reason: string }[];
  assignments: Assignment[];
  publishDue: string;
}

const USCC = {
  steel: '91140406W20GL578PP',
  coking: '91140404A10YRXXR9P',
  chemical: '91140405LDBH8H2JDL',
  coal: '9114042350KCWF4QWJ',
  power: '91140403TFCBQRCW7W',
};

/** A test installation: only there may a caller name the seed. */
const TEST_SEEDS = { DRAW_TEST_SEEDS: '1' };

let bot: Bot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function ready(env: Record<string, string> = {}): Promise<Bot> {
  bot = await startBot({ now: () => NOW, env });
  await withLuchengOfficers(bot);
  return bot;
}

const draw = (b: Bot, body: Record<string, unknown> = {}) => postDraw<DrawBody>(b, body);

describe('POST /api/v1/draws', () => {
  it('files one random on-site plan per drawn enterprise into the normal approval chain', async () => {
    const b = await ready();
    const body = await draw(b);
    expect(body.id).toBe('SJ-2026-0001');
    expect(body.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(body.pool.inspectors).toEqual(['lc-o1', 'lc-o2', 'lc-o3', 'lc-o4']);
    expect(body.excluded.filter((x) => x.reason === 'positive-list')).toHaveLength(3);
    expect(body.pool.enterprises).not.toContain(USCC.power);
    expect(body.assignments).toHaveLength(3);
    for (const a of body.assignments) {
      expect(a.filing).toBe('filed');
      expect(a.planStatus).toBe('pending');
      const plan = await json<{ form: Record<string, unknown>; status: string; steps: { status: string }[] }>(
        await get(b, `/api/v1/requests/${a.requestId}`),
      );
      expect(plan.form).toMatchObject({ type: 'random', methods: ['on-site'], from: DRAW.from, to: DRAW.to });
      expect(plan.form.enterprises).toEqual([{ uscc: a.uscc, name: a.name }]);
      expect((plan.form.inspectors as { openId: string }[]).map((p) => p.openId)).toEqual(
        a.inspectors.map((p) => p.openId),
      );
      expect(String(plan.form.basis)).toContain(body.id);
      expect(plan.steps.some((s) => s.status === 'pending')).toBe(true);
    }
    const audit = await auditFor(b.store.db, 'draw', body.id);
    expect(audit.map((r) => r.action)).toEqual(['draw.drawn']);
    expect(audit[0]?.detail).toMatchObject({ seed: body.seed, inputDigest: body.inputDigest });
    await b.settle();
    expect(await sentTo(b, 'ou_demo_lucheng_head')).toHaveLength(3);
  });

  it('reproduces a seeded draw exactly on another database', async () => {
    const first = await draw(await ready(TEST_SEEDS), { seed: 'a1b2c3d4e5f60718' });
    await bot?.close();
    const second = await draw(await ready(TEST_SEEDS), { seed: 'a1b2c3d4e5f60718' });
    const strip = (d: DrawBody) => d.assignments.map((a) => [a.uscc, a.inspectors.map((p) => p.personId)]);
    expect(strip(second)).toEqual(strip(first));
    expect(second.inputDigest).toBe(first.inputDigest);
    const rerun = runDraw({ algorithm: 'splitmix64-fisher-yates-v1', seed: first.seed, ...first.pool });
    expect(rerun.assignments.map((a) => [a.uscc, a.inspectors])).toEqual(strip(first));
  });

  it('recuses declared conflicts and recent visitors, and leaves out capped and unstaffable enterprises', async () => {
    const b = await ready();
    for (const [person, enterprise] of [
      ['ou_lc-o1', USCC.steel],
      ['lc-o2', '长治示例钢铁集团有限公司'],
      ['ou_lc-o1', USCC.coking],
      ['ou_lc-o2', USCC.coking],
      ['ou_lc-o3', USCC.coking],
    ]) {
      const res = await b.post('/api/v1/draw-conflicts', {
        person,
        enterprise,
        reason: '近亲属在该企业任职',
      });
      expect(res.status).toBe(201);
    }
    await approvedPlan(b, {
      enterprise: USCC.coal,
      inspectors: ['ou_lc-o4'],
      from: '2026-11-26',
      to: '2026-11-26',
    });
    await approvedPlan(b, {
      enterprise: USCC.chemical,
      inspectors: [],
      from: '2026-11-26',
      to: '2026-11-26',
    });
    await approvedPlan(b, {
      enterprise: USCC.chemical,
      inspectors: [],
      from: '2026-11-26',
      to: '2026-11-26',
    });
    const body = await draw(b, { count: undefined, ratioPercent: 100 });
    expect(body.excluded).toContainEqual(expect.objectContaining({ uscc: USCC.chemical, reason: 'at-cap' }));
    expect(body.excluded).toContainEqual(
      expect.objectContaining({ uscc: USCC.coking, reason: 'too-few-inspectors' }),
    );
    expect(body.pool.recusals).toEqual([
      { uscc: USCC.steel, personId: 'lc-o1', reason: 'conflict' },
      { uscc: USCC.steel, personId: 'lc-o2', reason: 'conflict' },
      { uscc: USCC.coal, personId: 'lc-o4', reason: 'recent-inspection' },
    ]);
    const drawn = new Map(body.assignments.map((a) => [a.uscc, a.inspectors.map((p) => p.personId)]));
    expect(drawn.get(USCC.steel)).toEqual(['lc-o3', 'lc-o4']);
    expect(drawn.get(USCC.coal)).not.toContain('lc-o4');
    expect(drawn.has(USCC.chemical)).toBe(false);
    expect(drawn.has(USCC.coking)).toBe(false);
  });

  it('refuses a draw it cannot hold and writes nothing', async () => {
    const b = await ready();
    const tooMany = await b.post('/api/v1/draws', { ...DRAW, count: 50 });
    expect(tooMany.status).toBe(400);
    expect((await json(tooMany)).error).toBe('抽取数量50家超过可抽取企业数9家。');
    const notHead = await b.post('/api/v1/draws', { ...DRAW, initiator: 'ou_lc-o1' });
    expect(await json(notHead)).toMatchObject({
      fields: [{ field: 'initiator', message: '仅科室或分局负责人可以发起双随机抽查' }],
    });
    const both = await b.post('/api/v1/draws', { ...DRAW, ratioPercent: 10 });
    expect((await json<{ fields: { field: string }[] }>(both)).fields[0]?.field).toBe('count');
    const lonely = await b.post('/api/v1/draws', { ...DRAW, inspectorUnits: ['air'] });
    expect((await json(lonely)).error).toBe('执法检查人员库仅有1人，不足每家企业2人。');
    expect(await b.store.db.select().from(draws)).toEqual([]);
  });
});

describe('verification', () => {
  it('says a stored draw re-derives, and names a tampered row', async () => {
    const b = await ready();
    const body = await draw(b);
    const ok = cliContext(b);
    expect(await drawCommand(['verify', body.id], ok.ctx)).toBe(0);
    expect(ok.out[0]).toContain(`抽查${body.id}复核一致：随机种子${body.seed}，企业库9家，检查人员库4人`);
    expect(await json(await get(b, `/api/v1/draws/${body.id}/verify`))).toMatchObject({
      id: body.id,
      same: true,
      differences: [],
      seedScheme: 'commit-reveal-v1',
    });

    const [row] = await b.store.db.select().from(draws).where(eq(draws.id, body.id));
    const result = row?.result as { assignments: { uscc: string; inspectors: string[] }[] };
    const swapped = {
      assignments: [{ ...result.assignments[0]!, uscc: USCC.power }, ...result.assignments.slice(1)],
    };
    await b.store.client.execute({
      sql: 'UPDATE draws SET result = ? WHERE id = ?',
      args: [JSON.stringify(swapped), body.id],
    });
    const bad = cliContext(b);
    expect(await drawCommand(['verify', body.id], bad.ctx)).toBe(1);
    expect(bad.err.join('\n')).toContain(
      `第1家企业：记录为${USCC.power}，重新抽取为${result.assignments[0]!.uscc}`,
    );
    expect(await drawCommand(['verify', 'SJ-2026-9999'], cliContext(b).ctx)).toBe(1);
  });
});

describe('declared conflicts', () => {
  it('are declared, listed and withdrawn through the API and refused when unknown', async () => {
    const b = await ready();
    const res = await b.post('/api/v1/draw-conflicts', {
      person: 'ou_lc-o1',
      enterprise: USCC.steel,
      reason: '曾在该企业任职',
    });
    const declared = await json<{ id: number; personName: string; enterpriseName: string }>(res);
    expect(declared).toMatchObject({
      personName: '潞城执法人员1',
      enterpriseName: '长治示例钢铁集团有限公司',
    });
    expect(await json<unknown[]>(await get(b, '/api/v1/draw-conflicts'))).toHaveLength(1);
    const gone = await fetch(`${b.url}/api/v1/draw-conflicts/${declared.id}`, {
      method: 'DELETE',
      headers: { authorization: 'Bearer test-api-token' },
    });
    expect(gone.status).toBe(200);
    expect(await json<unknown[]>(await get(b, '/api/v1/draw-conflicts'))).toEqual([]);
    const unknown = await b.post('/api/v1/draw-conflicts', {
      person: 'ou_nobody',
      enterprise: USCC.steel,
      reason: '亲属',
    });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).error).toBe('通讯录中没有“ou_nobody”。');
    const cli = cliContext(b);
    expect(
      await drawCommand(['conflict', 'add', 'lc-o2', '长治示例焦化有限公司', '曾任', '顾问'], cli.ctx),
    ).toBe(0);
    expect(cli.out[0]).toMatch(/^已登记回避申报\d+：潞城执法人员2不参与长治示例焦化有限公司的双随机抽查。$/);
  });
});
