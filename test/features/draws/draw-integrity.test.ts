import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { drawRepeatRequests, draws } from '../../../db/schema/index.js';
import { drawCommand } from '../../../src/cli/commands/draw-command.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { poolsJson, type DrawInput } from '../../../src/domain/draws/index.js';
import { statsReport } from '../../../src/features/stats/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import { cliContext, DRAW, get, json, NOW, postDraw, sentTo, withLuchengOfficers } from './support.js';

interface DrawBody {
  id: string;
  seed: string;
  seedScheme: string;
  testDraw: boolean;
  commitment: string | null;
  poolsDigest: string | null;
  drawnAt: string;
  secret: string | null;
  repeat: { of: string[]; reason: string } | null;
  pool: Omit<DrawInput, 'algorithm' | 'seed'>;
  assignments: { requestId: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const HEAD = 'ou_demo_lucheng_head';
const AFTER_PERIOD = new Date('2026-12-01T02:00:00Z');
const clock = { now: NOW };

let bot: Bot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function ready(env: Record<string, string> = {}): Promise<Bot> {
  clock.now = NOW;
  bot = await startBot({ now: () => clock.now, env });
  await withLuchengOfficers(bot);
  return bot;
}

const drawn = (b: Bot, body: Record<string, unknown> = {}) => postDraw<DrawBody>(b, body);

/** The repeat-request card the head was sent, and its request id. */
async function repeatCard(b: Bot): Promise<{ text: string; id: number }> {
  await b.settle();
  const card = (await sentTo(b, HEAD)).find((m) => JSON.stringify(m.body).includes('再次抽取申请'));
  const text = JSON.stringify(card?.body ?? {});
  const id = /"action":"draw\.repeat","id":(\d+)/.exec(text)?.[1];
  if (!id) throw new Error('no repeat card');
  return { text, id: Number(id) };
}

describe('no chosen seeds', () => {
  it('refuses a caller-supplied seed in production configuration, even in local mode, and writes nothing', async () => {
    const b = await ready();
    expect(b.config.localMode).toBe(true);
    expect(b.config.drawTestSeeds).toBe(false);
    const res = await b.post('/api/v1/draws', { ...DRAW, seed: 'a1b2c3d4e5f60718' });
    expect(res.status).toBe(400);
    const body = await json<{ error: string; code: string; fields: { field: string }[] }>(res);
    expect(body.code).toBe('SEED_NOT_ALLOWED');
    expect(body.error).toContain('正式环境不接受指定随机种子');
    expect(body.error).toContain('GET /api/v1/draws/:id/verify');
    expect(body.fields.map((f) => f.field)).toEqual(['seed']);
    expect(await b.store.db.select().from(draws)).toEqual([]);
  });

  it('marks a test installation’s seeded draw as a test draw everywhere it appears', async () => {
    const b = await ready({ DRAW_TEST_SEEDS: '1' });
    const body = await drawn(b, { seed: 'a1b2c3d4e5f60718' });
    expect(body).toMatchObject({
      seed: 'a1b2c3d4e5f60718',
      seedScheme: 'test',
      testDraw: true,
      commitment: null,
    });
    const plan = await json<{ form: { basis: string } }>(
      await get(b, `/api/v1/requests/${body.assignments[0]?.requestId}`),
    );
    expect(plan.form.basis).toContain('测试种子a1b2c3d4e5f60718');
    const list = await json<{ id: string; testDraw: boolean }[]>(await get(b, '/api/v1/draws?unit=lucheng'));
    expect(list).toEqual([expect.objectContaining({ id: body.id, testDraw: true })]);
    const { ctx, out } = cliContext(b);
    expect(await drawCommand(['verify', body.id], ctx)).toBe(0);
    expect(out[0]).toContain(`抽查${body.id}（测试抽查）复核一致`);
    expect(out[0]).toContain('测试种子：由调用方在测试环境指定');
    clock.now = AFTER_PERIOD;
    const html = await (await fetch(`${b.url}/public`)).text();
    expect(html).toContain(`${body.id}（测试）`);
  });
});

describe('a seed fixed before anyone can know the outcome', () => {
  it('publishes the commitment at draw time, reveals the secret after the period, and verify checks both', async () => {
    const b = await ready();
    const body = await drawn(b);
    expect(body.seedScheme).toBe('commit-reveal-v1');
    expect(body.testDraw).toBe(false);
    expect(body.secret).toBeNull();
    expect(body.commitment).toMatch(/^[0-9a-f]{64}$/);
    const pools = { algorithm: 'splitmix64-fisher-yates-v1' as const, seed: body.seed, ...body.pool };
    expect(body.poolsDigest).toBe(sha256(poolsJson(pools)));
    const [audit] = await auditFor(b.store.db, 'draw', body.id);
    expect(audit?.detail).toMatchObject({
      commitment: body.commitment,
      poolsDigest: body.poolsDigest,
      drawnAt: body.drawnAt,
    });
    expect(JSON.stringify(audit?.detail)).not.toMatch(/secret/);

    clock.now = AFTER_PERIOD;
    const revealed = await json<DrawBody>(await get(b, `/public/draws/${body.id}`));
    const secret = revealed.secret ?? '';
    expect(sha256(secret)).toBe(body.commitment);
    expect(sha256(`${secret}${body.poolsDigest}`).slice(0, 16)).toBe(body.seed);
    const ok = cliContext(b);
    expect(await drawCommand(['verify', body.id], ok.ctx)).toBe(0);
    expect(ok.out[0]).toContain('已核对承诺值、名单摘要和种子');

    await b.store.client.execute({
      sql: 'UPDATE draws SET secret = ? WHERE id = ?',
      args: ['0'.repeat(64), body.id],
    });
    const bad = cliContext(b);
    expect(await drawCommand(['verify', body.id], bad.ctx)).toBe(1);
    expect(bad.err.join('\n')).toContain('公布的秘密值与抽取时公布的承诺值不符');
    const api = await json<{ same: boolean; differences: string[] }>(
      await get(b, `/api/v1/draws/${body.id}/verify`),
    );
    expect(api.same).toBe(false);
    expect(api.differences).toContain('随机种子不是由秘密值和名单摘要导出的。');
  });

  it('keeps verifying a draw held before commitments, marked as legacy', async () => {
    const b = await ready();
    const body = await drawn(b);
    await b.store.client.execute({
      sql: "UPDATE draws SET seed_scheme = 'legacy', commitment = NULL, pools_digest = NULL, secret = NULL WHERE id = ?",
      args: [body.id],
    });
    const verdict = await json<{ same: boolean; seedScheme: string; seedNote: string }>(
      await get(b, `/api/v1/draws/${body.id}/verify`),
    );
    expect(verdict).toMatchObject({ same: true, seedScheme: 'legacy' });
    expect(verdict.seedNote).toContain('legacy');
  });
});

describe('every draw on the record', () => {
  it('refuses a second draw of the same unit, pool and period until the unit head approves it', async () => {
    const b = await ready();
    const first = await drawn(b);

    const bare = await b.post('/api/v1/draws', DRAW);
    expect(bare.status).toBe(422);
    expect(await json(bare)).toEqual({
      error: `本单位已对同一企业库和检查期限进行过抽查（${first.id}），再次抽取须写明理由并经单位负责人批准。`,
      code: 'REPEAT_NEEDS_APPROVAL',
    });

    const asked = await b.post('/api/v1/draws', { ...DRAW, repeatReason: '原抽中企业已停产，需重新抽取' });
    expect(asked.status).toBe(422);
    const pending = await json<{
      error: string;
      code: string;
      repeatRequest: { id: number; status: string };
    }>(asked);
    expect(pending).toMatchObject({ code: 'REPEAT_PENDING', repeatRequest: { status: 'pending' } });
    expect(pending.error).toBe(
      `已将再次抽取申请（第${pending.repeatRequest.id}号）送单位负责人审批，批准后方可抽取。`,
    );
    expect(await b.store.db.select({ id: draws.id }).from(draws)).toEqual([{ id: first.id }]);

    const card = await repeatCard(b);
    expect(card.id).toBe(pending.repeatRequest.id);
    expect(card.text).toContain('原抽中企业已停产，需重新抽取');
    expect(card.text).toContain(first.id);

    const stranger = await b.click('ou_lc-o1', { action: 'draw.repeat', id: card.id, decision: 'approve' });
    expect(stranger.toast).toEqual({ type: 'error', content: '仅实施单位负责人可以审批再次抽取申请。' });
    expect(await b.store.db.select({ id: draws.id }).from(draws)).toHaveLength(1);

    const approved = await b.click(HEAD, { action: 'draw.repeat', id: card.id, decision: 'approve' });
    expect(approved.toast).toMatchObject({
      type: 'success',
      content: expect.stringContaining('SJ-2026-0002'),
    });
    const second = await json<DrawBody>(await get(b, '/api/v1/draws/SJ-2026-0002'));
    expect(second.repeat).toEqual({
      of: [first.id],
      reason: '原抽中企业已停产，需重新抽取',
      requestId: card.id,
    });
    expect(second.seedScheme).toBe('commit-reveal-v1');
    const again = await b.click(HEAD, { action: 'draw.repeat', id: card.id, decision: 'approve' });
    expect(again.toast).toMatchObject({ type: 'info' });
    const [request] = await b.store.db
      .select()
      .from(drawRepeatRequests)
      .where(eq(drawRepeatRequests.id, card.id));
    expect(request).toMatchObject({ status: 'approved', drawId: second.id });
    expect((await auditFor(b.store.db, 'draw-repeat', String(card.id))).map((r) => r.action)).toEqual([
      'draw.repeat-requested',
      'draw.repeat-approved',
    ]);

    // A different period is a new draw, not a repeat.
    await drawn(b, { from: '2026-12-01', to: '2026-12-04' });
  });

  it('leaves the earlier draw standing when the head does not approve', async () => {
    const b = await ready();
    await drawn(b);
    await b.post('/api/v1/draws', { ...DRAW, repeatReason: '重新抽取' });
    const card = await repeatCard(b);
    const refused = await b.click(HEAD, { action: 'draw.repeat', id: card.id, decision: 'reject' });
    expect(refused.toast).toMatchObject({ type: 'success' });
    expect(JSON.stringify(refused.card)).toContain('未批准');
    expect(await b.store.db.select({ id: draws.id }).from(draws)).toHaveLength(1);
  });

  it('lists both draws, with the reason, in the unit list, the statistics and the published material', async () => {
    const b = await ready();
    const first = await drawn(b);
    await b.post('/api/v1/draws', { ...DRAW, repeatReason: '检查人员库有误，需重新抽取' });
    const card = await repeatCard(b);
    await b.click(HEAD, { action: 'draw.repeat', id: card.id, decision: 'approve' });
    const second = 'SJ-2026-0002';

    const list = await json<{ id: string; repeatOf: string[] | null; repeatReason: string | null }[]>(
      await get(b, '/api/v1/draws?unit=lucheng'),
    );
    expect(list.map((d) => [d.id, d.repeatOf, d.repeatReason])).toEqual([
      [first.id, null, null],
      [second, [first.id], '检查人员库有误，需重新抽取'],
    ]);

    const directory = await loadDirectory(b.store.db);
    if (!directory) throw new Error('no directory');
    const { report } = await statsReport(b.store.db, directory, {
      period: { from: '2026-01-01', to: '2026-12-31' },
      today: '2026-11-26',
    });
    expect(report.totals).toContainEqual({ label: '其中再次抽取', value: 1, measure: '次' });
    const figure = report.figures.find((f) => f.id === 'draws');
    expect(figure?.rows).toEqual([
      {
        label: '长治市生态环境局潞城分局 2026-11-27至2026-11-30',
        values: [2, 1],
        note: `${first.id}、${second}；再次抽取理由：${second}：检查人员库有误，需重新抽取`,
      },
    ]);

    expect((await get(b, `/public/draws/${second}`)).status).toBe(404);
    clock.now = AFTER_PERIOD;
    const material = await json<{ otherDraws: { id: string }[]; repeat: unknown; seedSchemeText: string }>(
      await get(b, `/public/draws/${first.id}`),
    );
    expect(material.otherDraws).toEqual([
      expect.objectContaining({
        id: second,
        repeatOf: [first.id],
        repeatReason: '检查人员库有误，需重新抽取',
      }),
    ]);
    expect(material.seedSchemeText).toContain('承诺值');
    const later = await json<{ otherDraws: { id: string }[]; repeat: { reason: string } }>(
      await get(b, `/public/draws/${second}`),
    );
    expect(later.otherDraws.map((d) => d.id)).toEqual([first.id]);
    expect(later.repeat.reason).toBe('检查人员库有误，需重新抽取');
    const html = await (await fetch(`${b.url}/public`)).text();
    expect(html).toContain(first.id);
    expect(html).toContain(`${second}（再次抽取）`);
    expect(html).toContain('检查人员库有误，需重新抽取');
    expect(html).toContain('随机种子不由任何人选定');
  });
});
