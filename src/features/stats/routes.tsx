import { Hono, type Context } from 'hono';
import type { Services } from '../../app/services.js';
import { loadDirectory } from '../../directory/directory-repo.js';
import type { Directory } from '../../domain/org.js';
import { yearPeriod } from '../../domain/stats/index.js';
import { bureauToday } from '../../time.js';
import { reportCsv } from './csv.js';
import { linkSecret, readLinkToken } from './link-token.js';
import { DeniedPage, StatsPage } from './page.js';
import { statsReport } from './service.js';
import { loadSupervisionReport, SupervisionSection, withLinks } from '../supervision/index.js';

/** Lines per 执法监督 section on the page; each section says how many there are in all. */
const SUPERVISION_LINES = 50;

/** The scheme took effect in 2025; plans may already be filed for next year. */
const FIRST_YEAR = 2025;

const DENIED = '链接无效或已过期。请在飞书中向执法助手发送「本月统计」或「本年统计」获取新链接。';

type Access = { ok: true; directory: Directory; token: string } | { ok: false; response: Response };

/** The token must be valid and its holder still in the directory. */
async function access(c: Context, services: Services): Promise<Access> {
  const token = c.req.query('t') ?? '';
  const directory = await loadDirectory(services.store.db);
  const openId = token ? readLinkToken(await linkSecret(services.store), token, services.now()) : undefined;
  if (!directory || !openId || !directory.people.some((p) => p.openId === openId)) {
    return { ok: false, response: await c.html(<DeniedPage message={DENIED} />, 403) };
  }
  return { ok: true, directory, token };
}

function years(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: current + 2 - FIRST_YEAR }, (_, i) => current + 1 - i);
}

/** /stats and /stats.csv: directory members only, through the signed link on the stats card. */
export function statsPages(services: Services): Hono {
  const pages = new Hono();
  pages.use('/stats', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
  });

  const load = async (c: Context, granted: { directory: Directory }) => {
    const today = bureauToday(services.now());
    const choices = years(today);
    const asked = Number(c.req.query('year'));
    const year = choices.includes(asked) ? asked : Number(today.slice(0, 4));
    const unitId = c.req.query('unit');
    const unit = granted.directory.units.some((u) => u.id === unitId) ? unitId : undefined;
    const { report } = await statsReport(services.store.db, granted.directory, {
      period: yearPeriod(year),
      today,
      ...(unit ? { unit } : {}),
    });
    return { report, year, unit, choices };
  };

  pages.get('/stats', async (c) => {
    const granted = await access(c, services);
    if (!granted.ok) return granted.response;
    const [{ report, year, unit, choices }, supervision] = await Promise.all([
      load(c, granted),
      loadSupervisionReport(
        services.store.db,
        granted.directory,
        bureauToday(services.now()),
        SUPERVISION_LINES,
      ),
    ]);
    const links = await withLinks(services, supervision);
    return c.html(
      <StatsPage
        bureau={granted.directory.bureau}
        report={report}
        token={granted.token}
        year={year}
        years={choices}
        units={granted.directory.units}
        {...(unit ? { unit } : {})}
        supervision={<SupervisionSection report={supervision} links={links} />}
      />,
    );
  });

  pages.get('/stats.csv', async (c) => {
    const granted = await access(c, services);
    if (!granted.ok) return granted.response;
    const { report, year, unit } = await load(c, granted);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="stats-${year}${unit ? `-${unit}` : ''}.csv"`);
    return c.body(reportCsv(report));
  });
  return pages;
}
