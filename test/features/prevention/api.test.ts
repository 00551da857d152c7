import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { statsReport } from '../../../src/features/stats/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import { formLink } from '../../../src/pages/forms/index.js';
import { cardAbout, getReferral } from '../referrals/flow.js';
import { cardText, cardTitle, cardsTo, hasButton, type Json } from '../referrals/helpers.js';
import { call, COKING, LUCHENG_HEAD, outreachBody, STEEL, warningBody } from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => new Date('2026-11-26T02:00:00Z') });
});
afterAll(() => bot.close());

describe('POST /api/v1/warnings', () => {
  it('records the warning and gives the county branch its card', async () => {
    const { status, json } = await call(bot, '/api/v1/warnings', warningBody());
    expect(status).toBe(201);
    expect(json).toEqual({ id: 'YJ-2026-0001', status: 'sent' });
    await bot.settle();
    const card = (await cardsTo(bot, LUCHENG_HEAD))
      .map((m) => m.content)
      .find((c) => cardTitle(c) === '预警提醒 YJ-2026-0001');
    expect(card).toBeDefined();
    expect(cardText(card as Json)).toContain(STEEL.name);
    expect(hasButton(card as Json, 'prevention.acknowledge')).toBe(true);
    expect(hasButton(card as Json, 'prevention.escalate')).toBe(true);
    const audit = await auditFor(bot.store.db, 'warning', 'YJ-2026-0001');
    expect(audit.map((a) => a.action)).toEqual(['warning.sent']);
  });

  it('points out a second warning on the same risk within 30 days, and sends it only when meant', async () => {
    const again = await call(bot, '/api/v1/warnings', warningBody({ enterprise: STEEL.name }));
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('REPEATED');
    expect(again.json.existing).toBe('YJ-2026-0001');
    expect(String(again.json.error)).toContain('30日内不重复提醒');
    const meant = await call(bot, '/api/v1/warnings', warningBody({ repeat: true }));
    expect(meant).toEqual({ status: 201, json: { id: 'YJ-2026-0002', status: 'sent' } });
    const other = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ risk: '危险废物贮存库台账与实际贮存量不符', source: 'permit' }),
    );
    expect(other.status).toBe(201);
  });

  it('refuses a unit 第1条 does not list, in Chinese', async () => {
    const { status, json } = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ by: 'ou_demo_legal_officer', unit: 'legal' }),
    );
    expect(status).toBe(403);
    expect(json.error).toMatch(/^法规与标准科不是第1条所列的预警科室或单位/);
    const branch = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ by: 'ou_demo_lucheng_officer', unit: 'lucheng' }),
    );
    expect(branch.status).toBe(403);
    const stranger = await call(bot, '/api/v1/warnings', warningBody({ by: 'ou_demo_water_officer' }));
    expect(stranger.status).toBe(403);
    expect(stranger.json.error).toContain('不是大气环境科人员');
  });

  it('names a USCC with a wrong check character', async () => {
    const { status, json } = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ enterprise: '91140406W20GL578PA' }),
    );
    expect(status).toBe(400);
    expect(json.error).toBe('「91140406W20GL578PA」：统一社会信用代码校验位应为「P」，当前为「A」，请核对。');
  });

  it('lists close matches for an unknown enterprise', async () => {
    const { status, json } = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ enterprise: '长治示例钢材有限公司' }),
    );
    expect(status).toBe(422);
    const [unknown] = json.unknown as { enterprise: string; closeMatches: { name: string }[] }[];
    expect(unknown?.enterprise).toBe('长治示例钢材有限公司');
    expect(unknown?.closeMatches.map((e) => e.name)).toContain(STEEL.name);
    expect(json.error).toContain('本局企业名录中没有');
  });

  it('names each bad field', async () => {
    const { status, json } = await call(
      bot,
      '/api/v1/warnings',
      warningBody({ source: 'rumour', risk: '', by: 'ou_nobody' }),
    );
    expect(status).toBe(400);
    expect((json.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['risk', 'source']);
    const nobody = await call(bot, '/api/v1/warnings', warningBody({ by: 'ou_nobody' }));
    expect(nobody.status).toBe(400);
  });

  it('lists warnings by enterprise and status', async () => {
    const { status, json } = await call(
      bot,
      `/api/v1/warnings?enterprise=${encodeURIComponent(STEEL.name)}&status=sent`,
    );
    expect(status).toBe(200);
    const list = json.warnings as Json[];
    expect(list.map((w) => w.id)).toEqual(['YJ-2026-0003', 'YJ-2026-0002', 'YJ-2026-0001']);
    expect(list[1]?.repeatOf).toBe('YJ-2026-0001');
    expect((await call(bot, `/api/v1/warnings?enterprise=${COKING.uscc}`)).json).toEqual({ warnings: [] });
    expect((await call(bot, '/api/v1/warnings?status=lost')).status).toBe(400);
  });
});

describe('POST /api/v1/warnings/:id/escalate', () => {
  it('creates a referral prefilled from the warning and links both ways', async () => {
    const { status, json } = await call(bot, '/api/v1/warnings/YJ-2026-0001/escalate', {});
    expect(status).toBe(201);
    const referralId = String(json.referralId);
    expect(referralId).toMatch(/^XS-2026-\d{4}$/);
    const referral = await getReferral(bot, referralId);
    expect(referral.toUnit).toMatchObject({ id: 'lucheng' });
    expect(referral.fromUnit).toMatchObject({ id: 'air' });
    expect(referral.source).toBe('monitoring');
    expect(referral.sourceNote).toBe('自动监控');
    expect(referral.materials).toEqual(['预警提醒记录YJ-2026-0001']);
    expect(String(referral.description)).toContain('烧结机头颗粒物');
    // The referral names the warning as a field: its JSON, the branch head's card and the /forms page.
    expect(referral.warningId).toBe('YJ-2026-0001');
    await bot.settle();
    const card = await cardAbout(bot, LUCHENG_HEAD, referralId);
    expect(cardText(card)).toContain('来源预警提醒');
    expect(cardText(card)).toContain('YJ-2026-0001');
    const link = (await formLink(bot.runtime.services, referralId)).replace(/^https?:\/\/[^/]+/, bot.url);
    const page = await (await fetch(link)).text();
    expect(page).toContain('来源预警提醒');
    expect(page).toContain('YJ-2026-0001');
    const [warning] = (await call(bot, '/api/v1/warnings?status=escalated')).json.warnings as Json[];
    expect(warning).toMatchObject({ id: 'YJ-2026-0001', referralId });
    const again = await call(bot, '/api/v1/warnings/YJ-2026-0001/escalate', {});
    expect(again.status).toBe(409);
    expect((await call(bot, '/api/v1/warnings/YJ-2026-0999/escalate', {})).status).toBe(404);
    expect(
      (await call(bot, '/api/v1/warnings/YJ-2026-0002/escalate', { by: 'ou_demo_air_head' })).status,
    ).toBe(403);
  });
});

describe('送法入企 over the API', () => {
  it('records an activity and counts coverage per county', async () => {
    const { status, json } = await call(bot, '/api/v1/outreach', outreachBody());
    expect(status).toBe(201);
    expect(json).toEqual({
      id: 'PF-2026-0001',
      unit: 'lucheng',
      date: '2026-11-20',
      enterprises: [STEEL.uscc],
    });
    const coverage = await call(bot, '/api/v1/outreach/coverage?year=2026');
    const counties = coverage.json.counties as {
      county: string;
      key: Json[];
      reached: Json[];
      notReached: Json[];
    }[];
    const lucheng = counties.find((c) => c.county === '潞城区');
    expect(lucheng?.reached.map((e) => e.uscc)).toEqual([STEEL.uscc]);
    expect(lucheng?.notReached).toEqual([]);
    const shangdang = counties.find((c) => c.county === '上党区');
    expect(shangdang?.key.map((e) => e.uscc)).toEqual([COKING.uscc]);
    expect(shangdang?.notReached.map((e) => e.uscc)).toEqual([COKING.uscc]);
    expect(counties.find((c) => c.county === '黎城县')?.key).toEqual([]);
    const lastYear = await call(bot, '/api/v1/outreach/coverage?year=2025');
    expect((lastYear.json.counties as { reached: Json[] }[]).every((c) => c.reached.length === 0)).toBe(true);
  });

  it('refuses a future date, unknown enterprises and a wrong code, writing nothing', async () => {
    const future = await call(bot, '/api/v1/outreach', outreachBody({ date: '2026-11-27' }));
    expect(future.status).toBe(422);
    expect(future.json.error).toContain('晚于今天');
    const unknown = await call(
      bot,
      '/api/v1/outreach',
      outreachBody({ enterprises: [STEEL.uscc, '示例钢材厂'] }),
    );
    expect(unknown.status).toBe(422);
    const badCode = await call(
      bot,
      '/api/v1/outreach',
      outreachBody({ enterprises: ['91140404A10YRXXR9Q'] }),
    );
    expect(badCode.status).toBe(400);
    expect(badCode.json.error).toContain('91140404A10YRXXR9Q');
    const notBranch = await call(
      bot,
      '/api/v1/outreach',
      outreachBody({ by: 'ou_demo_air_officer', unit: 'air' }),
    );
    expect(notBranch.status).toBe(403);
    const next = await call(
      bot,
      '/api/v1/outreach',
      outreachBody({ date: '2026-11-25', enterprises: [COKING.name] }),
    );
    expect(next.json.id).toBe('PF-2026-0002');
  });
});

describe('/stats sections', () => {
  it('counts warnings by source and outcome, and outreach coverage per county', async () => {
    const directory = await loadDirectory(bot.store.db);
    if (!directory) throw new Error('no directory');
    const { report } = await statsReport(bot.store.db, directory, {
      period: { from: '2026-11-01', to: '2026-11-30' },
      today: '2026-11-26',
    });
    const warnings = report.figures.find((f) => f.id === 'warnings');
    expect(warnings?.series).toEqual(['已提醒', '分局已确认', '风险已消除', '已转线索移送']);
    expect(warnings?.rows).toEqual([
      { label: '自动监控', values: [1, 0, 0, 1] },
      { label: '排污许可', values: [1, 0, 0, 0] },
    ]);
    const outreach = report.figures.find((f) => f.id === 'outreach');
    expect(outreach?.rows.find((r) => r.label === '潞城区')?.values).toEqual([1, 0]);
    expect(outreach?.rows.find((r) => r.label === '上党区')?.values).toEqual([1, 0]);
    expect(outreach?.rows.find((r) => r.label === '屯留区')?.values).toEqual([0, 1]);
  });
});
