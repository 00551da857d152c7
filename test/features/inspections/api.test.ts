import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, inspections } from '../../../db/schema/index.js';
import type { Bot } from '../../support/harness.js';
import { contentOf, startClockedBot } from '../../support/working-cards.js';
import { cardText, cardTitle, USCC } from '../approvals/support.js';
import { at, approvedPlan, FEEDBACK, HEAD, OFFICER, RESULT, step, STRANGER, visitsOf } from './support.js';

// The fake Lark checks every card and patch the bot sends against the platform's rules.
let env: Awaited<ReturnType<typeof startClockedBot>>;
let bot: Bot;
let plan = '';
beforeAll(async () => {
  env = await startClockedBot(at('2026-11-26T10:00:00'));
  bot = env.bot;
  plan = await approvedPlan(bot, [USCC.coking, USCC.steel]);
});
afterAll(() => env?.close());

async function writes() {
  await bot.settle();
  const n = async (table: typeof auditLog | typeof inspections, where = sql`1`) =>
    Number(
      (
        await bot.store.db
          .select({ n: sql<number>`count(*)` })
          .from(table)
          .where(where)
      )[0]?.n,
    );
  return { audit: await n(auditLog), done: await n(inspections, sql`status <> 'planned'`) };
}

describe('an approved plan becomes one inspection per enterprise', () => {
  it('numbers them JC-…-1..n, planned, in GET /requests/:id', async () => {
    expect(plan).toBe('JC-2026-0001');
    const visits = await visitsOf(bot, plan);
    expect(visits).toEqual([
      {
        id: 'JC-2026-0001-1',
        enterprise: { name: '长治示例焦化有限公司', uscc: USCC.coking },
        status: 'planned',
      },
      { id: 'JC-2026-0001-2', enterprise: expect.objectContaining({ uscc: USCC.steel }), status: 'planned' },
    ]);
  });

  it("shows them on the applicant's card", async () => {
    await bot.settle();
    const cards = env.fake.sentTo(OFFICER).filter((m) => m.msgType === 'interactive');
    const applicant = cards.map(contentOf).find((c) => cardTitle(c).endsWith(plan));
    expect(cardText(applicant!)).toContain('**检查实施情况**\n- JC-2026-0001-1 长治示例焦化有限公司：待检查');
  });
});

describe('POST /api/v1/inspections/:id/result, /feedback, /cancel refuse bad input and change nothing', () => {
  it('400 for a body that is not JSON or has bad fields, or an unknown person', async () => {
    const before = await writes();
    const notJson = await fetch(`${bot.url}/api/v1/inspections/JC-2026-0001-1/result`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bot.config.apiToken}`, 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const bad = await step(bot, 'JC-2026-0001-1', 'result', {
      ...RESULT,
      date: '2026-02-30',
      outcome: 'fine',
      methods: [],
    });
    expect(bad.status).toBe(400);
    expect((bad.json.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'date',
      'methods',
      'outcome',
    ]);
    const feedback = await step(bot, 'JC-2026-0001-1', 'feedback', { by: OFFICER, means: 'fax' });
    expect(feedback.status).toBe(400);
    expect((feedback.json.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'content',
      'date',
      'means',
    ]);
    expect((await step(bot, 'JC-2026-0001-1', 'cancel', { by: OFFICER })).status).toBe(400);
    const nobody = await step(bot, 'JC-2026-0001-1', 'result', { ...RESULT, by: 'ou_nobody' });
    expect(nobody).toMatchObject({ status: 400, json: { fields: [{ field: 'by' }] } });
    expect(await writes()).toEqual(before);
  });

  it('404 for an unknown inspection', async () => {
    const res = await step(bot, 'JC-2026-0001-9', 'result', RESULT);
    expect(res).toMatchObject({
      status: 404,
      json: { code: 'NOT_FOUND', error: '未找到检查JC-2026-0001-9。' },
    });
    expect((await step(bot, 'JC-2099-0001-1', 'feedback', FEEDBACK)).status).toBe(404);
  });

  it('403 for someone who is neither inspector, applicant nor unit head', async () => {
    const before = await writes();
    for (const verb of ['result', 'feedback', 'cancel']) {
      const res = await step(bot, 'JC-2026-0001-1', verb, {
        ...RESULT,
        ...FEEDBACK,
        reason: '企业停产',
        by: STRANGER,
      });
      expect(res.status).toBe(403);
      expect(res.json.error).toBe('检查JC-2026-0001-1须由检查人员、申请人或大气环境科负责人办理。');
    }
    expect(await writes()).toEqual(before);
  });

  it('422 naming why: outside the period, in the future, feedback before a result', async () => {
    const before = await writes();
    const outside = await step(bot, 'JC-2026-0001-1', 'result', { ...RESULT, date: '2026-12-02' });
    expect(outside).toMatchObject({
      status: 422,
      json: {
        code: 'OUT_OF_PERIOD',
        error: '检查日期2026-12-02不在批准的检查时间（2026-11-27至2026-11-30）内。',
      },
    });
    const future = await step(bot, 'JC-2026-0001-1', 'result', { ...RESULT, date: '2026-11-28' });
    expect(future).toMatchObject({ status: 422, json: { code: 'IN_FUTURE' } });
    const early = await step(bot, 'JC-2026-0001-1', 'feedback', FEEDBACK);
    expect(early).toMatchObject({
      status: 422,
      json: { code: 'NO_RESULT', error: '检查JC-2026-0001-1尚未登记检查结果，须先登记结果再反馈企业。' },
    });
    expect(await writes()).toEqual(before);
  });
});

describe('result then feedback', () => {
  it('records the result once, then the feedback, each with an audit record', async () => {
    env.clock.now = at('2026-12-01T10:00:00');
    const done = await step(bot, 'JC-2026-0001-1', 'result', RESULT);
    expect(done).toMatchObject({
      status: 200,
      json: {
        id: 'JC-2026-0001-1',
        status: 'done',
        result: { date: '2026-11-28', outcome: 'no-issue', methods: ['on-site', 'document-review'] },
      },
    });
    const before = await writes();
    const again = await step(bot, 'JC-2026-0001-1', 'result', { ...RESULT, by: HEAD });
    expect(again).toMatchObject({ status: 422, json: { code: 'ALREADY_RECORDED' } });
    expect(String(again.json.error)).toContain('不能重复登记');
    const beforeResult = await step(bot, 'JC-2026-0001-1', 'feedback', { ...FEEDBACK, date: '2026-11-27' });
    expect(beforeResult).toMatchObject({
      status: 422,
      json: { code: 'BEFORE_RESULT', error: '反馈日期2026-11-27早于检查日期2026-11-28。' },
    });
    expect((await step(bot, 'JC-2026-0001-1', 'cancel', { by: OFFICER, reason: '误登记' })).status).toBe(422);
    expect(await writes()).toEqual(before);
    const fed = await step(bot, 'JC-2026-0001-1', 'feedback', { ...FEEDBACK, by: HEAD });
    expect(fed).toMatchObject({ status: 200, json: { status: 'fed-back', feedback: { means: 'written' } } });
    expect((await step(bot, 'JC-2026-0001-1', 'feedback', FEEDBACK)).json.code).toBe('ALREADY_FED_BACK');
    const visits = await visitsOf(bot, plan);
    expect(visits[0]).toMatchObject({
      status: 'fed-back',
      result: { by: { openId: OFFICER } },
      feedback: { date: '2026-11-30', by: { openId: HEAD } },
    });
    const audit = await bot.store.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`entity = 'inspection' AND entity_id = 'JC-2026-0001-1'`);
    expect(audit.map((a) => a.action)).toEqual(['inspection.result-recorded', 'inspection.fed-back']);
    // The applicant's card in Lark was patched as the visit moved on.
    await bot.settle();
    const cards = env.fake.sentTo(OFFICER).filter((m) => m.msgType === 'interactive');
    const applicant = cards.map(contentOf).find((c) => cardTitle(c).endsWith(plan));
    expect(cardText(applicant!)).toContain('- JC-2026-0001-1 长治示例焦化有限公司：已反馈企业');
  });

  it('cancels a planned visit with its reason; nothing more is taken on it', async () => {
    const cancelled = await step(bot, 'JC-2026-0001-2', 'cancel', { by: OFFICER, reason: '企业已停产搬迁' });
    expect(cancelled).toMatchObject({
      status: 200,
      json: { status: 'cancelled', cancelled: { reason: '企业已停产搬迁', by: { openId: OFFICER } } },
    });
    const before = await writes();
    for (const [verb, body] of [
      ['result', RESULT],
      ['feedback', FEEDBACK],
      ['cancel', { by: OFFICER, reason: '再次取消' }],
    ] as const) {
      const res = await step(bot, 'JC-2026-0001-2', verb, body);
      expect(res).toMatchObject({ status: 422, json: { code: 'CANCELLED' } });
      expect(String(res.json.error)).toContain('已取消（企业已停产搬迁）');
    }
    expect(await writes()).toEqual(before);
  });
});
