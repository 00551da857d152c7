import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, settings } from '../../db/schema/index.js';
import { formLink } from '../../src/pages/forms/index.js';
import { startBot, type Bot } from '../support/harness.js';
import { planBody, submitPlan, TODAY_10AM } from '../features/approvals/support.js';

const DAY = 86_400_000;
/** A clock the test moves forward; the bot reads it on every request. */
const clock = { now: TODAY_10AM };

let bot: Bot;
let id: string;
beforeAll(async () => {
  bot = await startBot({ now: () => clock.now });
  const { json } = await submitPlan(bot, planBody());
  id = String(json.id);
});
afterAll(() => bot?.close());

const open = (path: string) => fetch(`${bot.url}${path}`);
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

async function refused(path: string, reason: string): Promise<void> {
  const res = await open(path);
  expect(res.status).toBe(403);
  const html = await res.text();
  expect(html).toContain('<h1>无权查看</h1>');
  expect(html).toContain(reason);
  expect(html).not.toContain('入企执法检查计划审批表');
}

describe('the link to a printable form', () => {
  it('is an absolute address on the public base URL with an expiring signed token', async () => {
    const link = await formLink(bot.runtime.services, id);
    expect(link).toMatch(new RegExp(`^${bot.config.publicBaseUrl}/forms/${id}\\?t=\\d+\\.[\\w-]{43}$`));
    const res = await open(pathOf(link));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('入企执法检查计划审批表');
  });

  it('signs with one key the bot makes on first use and records in the audit log', async () => {
    await formLink(bot.runtime.services, id);
    const keys = await bot.store.db.select().from(settings).where(eq(settings.key, 'forms.linkSecret'));
    expect(keys).toHaveLength(1);
    const made = await bot.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'forms.link-key-created'));
    expect(made).toHaveLength(1);
  });

  it('is refused without a token, with a tampered one, or with another form’s', async () => {
    await refused(`/forms/${id}`, '本表仅限通过执法助手卡片中的「打印审批表」链接查看。');
    const path = pathOf(await formLink(bot.runtime.services, id));
    const last = path.at(-1) === 'A' ? 'B' : 'A';
    await refused(`${path.slice(0, -1)}${last}`, '链接无效或不完整');
    const [, token] = path.split('?t=');
    const expires = Number(token?.split('.')[0]);
    await refused(`/forms/${id}?t=${expires + DAY / 1000}.${token?.split('.')[1]}`, '链接无效或不完整');
    await refused(`/forms/${id}?t=garbage`, '链接无效或不完整');
    const { json } = await submitPlan(bot, planBody({ from: '2026-12-21', to: '2026-12-22' }));
    const other = pathOf(await formLink(bot.runtime.services, String(json.id)));
    await refused(`/forms/${id}?${other.split('?')[1]}`, '链接无效或不完整');
  });

  it('opens for 30 days and is refused after', async () => {
    const path = pathOf(await formLink(bot.runtime.services, id));
    try {
      clock.now = new Date(TODAY_10AM.getTime() + 29 * DAY);
      expect((await open(path)).status).toBe(200);
      clock.now = new Date(TODAY_10AM.getTime() + 31 * DAY);
      await refused(path, '链接已超过30天有效期，请向经办人重新获取。');
    } finally {
      clock.now = TODAY_10AM;
    }
  });

  it('names the same form whatever the case of the id typed', async () => {
    const path = pathOf(await formLink(bot.runtime.services, id));
    expect((await open(path.replace(id, id.toLowerCase()))).status).toBe(200);
  });
});

describe('on a local run', () => {
  it('opens for a directory member named by as=, and refuses anyone else', async () => {
    const res = await open(`/forms/${id}?as=ou_demo_water_officer`);
    expect(res.status).toBe(200);
    await refused(`/forms/${id}?as=ou_nobody`, '通讯录中没有该人员，无权查看本表。');
  });

  it('does not accept as= when the simulator is off', async () => {
    const closed = await startBot({ now: () => TODAY_10AM, env: { DEV_SIMULATOR: '0' } });
    try {
      const { json } = await submitPlan(closed, planBody());
      const res = await fetch(`${closed.url}/forms/${String(json.id)}?as=ou_demo_air_officer`);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('本表仅限通过执法助手卡片中的「打印审批表」链接查看。');
    } finally {
      await closed?.close();
    }
  });
});

describe('an unknown form', () => {
  it('answers 404 in Chinese', async () => {
    for (const path of [
      '/forms/JC-2026-9999',
      '/forms/ZX-2026-0001',
      '/forms/XS-2026-0001',
      '/forms/anything',
    ]) {
      const res = await open(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain('<h1>未找到该表</h1>');
      expect(html).toContain('请核对编号');
    }
  });
});
