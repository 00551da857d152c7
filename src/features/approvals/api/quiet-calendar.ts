import { Hono } from 'hono';
import type { Services } from '../../../app/services.js';
import { loadDirectory, loadQuietPeriods } from '../../../directory/directory-repo.js';
import { calendarDays, isCalendarDate, periodsOfPlace, rangeLength } from '../../../domain/rules/index.js';

/** A year and its leap day: enough for any annual plan, small enough to answer at once. */
export const MAX_CALENDAR_DAYS = 366;

type Range = { ok: true; from: string; to: string } | { ok: false; error: string };

function readRange(from: string | undefined, to: string | undefined): Range {
  if (!from || !to) return { ok: false, error: '请提供查询的起止日期 from 和 to，格式为 YYYY-MM-DD。' };
  if (!isCalendarDate(from)) return { ok: false, error: `from 不是有效日期：${from}，格式应为 YYYY-MM-DD。` };
  if (!isCalendarDate(to)) return { ok: false, error: `to 不是有效日期：${to}，格式应为 YYYY-MM-DD。` };
  if (to < from) return { ok: false, error: '结束日期 to 不得早于开始日期 from。' };
  if (rangeLength(from, to) > MAX_CALENDAR_DAYS)
    return { ok: false, error: `查询区间不得超过${MAX_CALENDAR_DAYS}天。` };
  return { ok: true, from, to };
}

/**
 * `GET /quiet-periods?from=&to=&county=`: the quiet-period calendar expanded into dated days, the
 * same expansion the rules check uses, for other systems to plan around.
 */
export function quietCalendarApi(services: Services): Hono {
  const api = new Hono();
  api.get('/quiet-periods', async (c) => {
    const range = readRange(c.req.query('from'), c.req.query('to'));
    if (!range.ok) return c.json({ error: range.error }, 400);
    const { db } = services.store;
    const county = c.req.query('county')?.trim();
    const [periods, directory] = await Promise.all([loadQuietPeriods(db), loadDirectory(db)]);
    const chosen = county ? periodsOfPlace(periods, county, directory) : periods;
    const days = calendarDays(chosen, range.from, range.to).map(({ date, periods: covering }) => ({
      date,
      periods: covering.map((p) => ({
        id: p.id ?? '',
        jurisdiction: p.jurisdiction,
        basis: p.basis,
        ...(p.categories?.length ? { categories: p.categories } : {}),
      })),
    }));
    return c.json({ days });
  });
  return api;
}
