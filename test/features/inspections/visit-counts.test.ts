import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../db/migrations/bundle.js';
import { inspectionDayCounts, inspectionYearCounts, inspections } from '../../../db/schema/index.js';
import { dayCounts, enterpriseYearCounts } from '../../../src/domain/inspections/index.js';
import { repeatedVisits } from '../../../src/features/stats/visit-rows.js';
import { yearVisits } from '../../../src/features/supervision/store/rows-repo.js';
import { BACK_FILL, RECOUNT_DAYS, RECOUNT_YEARS } from '../../../src/store/visit-counts.js';
import type { Bot } from '../../support/harness.js';
import { startClockedBot } from '../../support/working-cards.js';
import { USCC } from '../approvals/support.js';
import { approvedPlan, at, FEEDBACK, OFFICER, RESULT, step } from './support.js';

// The counts supervision and the statistics read are kept by the writes themselves: after every
// write through the app they must equal a recount of the visits, by the domain's rule and by SQL.
let env: Awaited<ReturnType<typeof startClockedBot>>;
let bot: Bot;
beforeAll(async () => {
  env = await startClockedBot(at('2026-11-26T10:00:00'));
  bot = env.bot;
});
afterAll(() => env?.close());

async function expectCountsOfVisits(): Promise<void> {
  await bot.settle();
  const db = bot.store.db;
  const visits = await db
    .select({
      requestId: inspections.requestId,
      uscc: inspections.uscc,
      year: inspections.year,
      date: inspections.date,
      unitId: inspections.unitId,
      type: inspections.type,
      onSite: inspections.onSite,
      status: inspections.status,
    })
    .from(inspections);
  const y = inspectionYearCounts;
  const d = inspectionDayCounts;
  const years = await db.select().from(y).orderBy(asc(y.year), asc(y.uscc));
  const days = await db.select().from(d).orderBy(asc(d.year), asc(d.date), asc(d.unitId), asc(d.type));
  expect(years).toEqual(enterpriseYearCounts(visits));
  expect(days).toEqual(dayCounts(visits));
  // The migration's back-fill counts the same.
  const raw = (query: string) => db.all<Record<string, unknown>>(sql.raw(query));
  expect(await raw(`${RECOUNT_YEARS} ORDER BY 1, 2`)).toEqual(
    await raw('SELECT * FROM inspection_year_counts ORDER BY year, uscc'),
  );
  expect(await raw(`${RECOUNT_DAYS} ORDER BY 1, 2, 3, 4`)).toEqual(
    await raw('SELECT * FROM inspection_day_counts ORDER BY year, date, unit_id, type'),
  );
}

describe('the kept visit counts', () => {
  it('are the migration back-fill word for word', () => {
    const migration = migrations.find((m) =>
      m.sql.some((s) => s.includes('CREATE TABLE `inspection_year_counts`')),
    );
    const statements = (migration?.sql ?? []).map((s) => s.trim().replace(/;$/, ''));
    for (const statement of BACK_FILL) expect(statements).toContain(statement);
  });

  it('follow final approval, results, feedback and cancellation', async () => {
    await expectCountsOfVisits();
    const first = await approvedPlan(bot, [USCC.coking, USCC.steel]);
    await expectCountsOfVisits();
    // A clue-prompted visit (free of the cap) to the same enterprise, and one that is not on site.
    const clue = await approvedPlan(bot, [USCC.coking, USCC.chemical], {
      type: 'complaint',
      basis: '群众投诉',
    });
    const papers = await approvedPlan(bot, [USCC.steel], { methods: ['document-review'] });
    await expectCountsOfVisits();
    const counted = await bot.store.db
      .select()
      .from(inspectionYearCounts)
      .where(sql`uscc = ${USCC.coking} AND year = 2026`);
    expect(counted).toEqual([
      expect.objectContaining({ visits: 2, onSite: 2, onSiteExempt: 1, lastRequestId: clue }),
    ]);

    env.clock.now = at('2026-12-01T10:00:00');
    // The result moves the visit from the plan's first day to the day it took place.
    expect((await step(bot, `${first}-1`, 'result', RESULT)).status).toBe(200);
    await expectCountsOfVisits();
    expect((await step(bot, `${first}-1`, 'feedback', FEEDBACK)).status).toBe(200);
    await expectCountsOfVisits();
    expect((await step(bot, `${first}-2`, 'cancel', { by: OFFICER, reason: '企业已停产' })).status).toBe(200);
    await expectCountsOfVisits();
    expect((await step(bot, `${clue}-1`, 'result', { ...RESULT, date: '2026-11-29' })).status).toBe(200);
    expect((await step(bot, `${papers}-1`, 'cancel', { by: OFFICER, reason: '材料已齐' })).status).toBe(200);
    await expectCountsOfVisits();
  });

  it('answer the repeat visits and the yearly counts as the visits themselves do', async () => {
    const db = bot.store.db;
    // Every plan here is 大气环境科's: by the unit, the visits are grouped one by one.
    for (const to of ['2026-11-28', '2026-11-29', '2026-12-31']) {
      const period = { from: '2026-01-01', to };
      expect(await repeatedVisits(db, period)).toEqual(await repeatedVisits(db, period, 'air'));
    }
    expect((await repeatedVisits(db, { from: '2026-01-01', to: '2026-12-31' })).top).toEqual([
      { uscc: USCC.coking, visits: 2, exempt: 1, routine: 1 },
    ]);
    // An enterprise visited after the period's end is counted again, not taken from the year's count.
    expect((await repeatedVisits(db, { from: '2026-01-01', to: '2026-11-28' })).total).toBe(0);
    const year = await yearVisits(db, 2026, { yearlyCap: 2, majorProblemCap: 3 }, 10);
    expect(year.mostVisited[0]).toMatchObject({ uscc: USCC.coking, visits: 2, onSite: 2 });
  });
});
