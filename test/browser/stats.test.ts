import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, sentTo } from '../features/draws/support.js';
import { statsLink } from '../features/stats/support.js';
import { startBot, type Bot } from '../support/harness.js';
import { accessibilityProblems, launch, screenshot } from './support/browser.js';

const HOUR = 3_600_000;
const clock = { now: new Date('2026-11-02T01:00:00Z') };

interface PlanFixture {
  applicant: string;
  unit: string;
  type: string;
  enterprise: string;
  date: string;
  /** Hours each approver takes, in chain order. */
  waits: number[];
}

const PLANS: PlanFixture[] = [
  {
    applicant: 'ou_demo_air_officer',
    unit: 'air',
    type: 'random',
    enterprise: '长治示例焦化有限公司',
    date: '2026-11-05',
    waits: [2, 22],
  },
  {
    applicant: 'ou_demo_air_officer',
    unit: 'air',
    type: 'complaint',
    enterprise: '长治示例焦化有限公司',
    date: '2026-11-10',
    waits: [1, 5],
  },
  {
    applicant: 'ou_demo_lucheng_officer',
    unit: 'lucheng',
    type: 'complaint',
    enterprise: '长治示例钢铁集团有限公司',
    date: '2026-11-12',
    waits: [3],
  },
  {
    applicant: 'ou_demo_lucheng_officer',
    unit: 'lucheng',
    type: 'random',
    enterprise: '长治示例钢铁集团有限公司',
    date: '2026-11-20',
    waits: [8],
  },
  {
    applicant: 'ou_demo_lucheng_officer',
    unit: 'lucheng',
    type: 'monitoring',
    enterprise: '长治示例热电有限公司',
    date: '2026-11-25',
    waits: [1],
  },
  {
    applicant: 'ou_demo_water_officer',
    unit: 'water',
    type: 'random',
    enterprise: '长治示例水泥有限公司',
    date: '2026-12-07',
    waits: [2, 4, 6],
  },
];

async function fileAndApprove(bot: Bot, plan: PlanFixture): Promise<void> {
  const res = await bot.post('/api/v1/inspection-plans', {
    applicant: plan.applicant,
    unit: plan.unit,
    type: plan.type,
    basis: '年度执法检查计划',
    from: plan.date,
    to: plan.date,
    enterprises: [plan.enterprise],
    inspectors: [],
    content: '污染防治设施运行情况',
    methods: ['on-site'],
    // The demo calendar makes early December quiet (第10条): the plan names the exemption it claims.
    quietExemption: 'other',
    quietExemptionNote: '按上级部署开展',
  });
  const { id } = await json<{ id: string }>(res);
  for (const wait of plan.waits) {
    clock.now = new Date(clock.now.getTime() + wait * HOUR);
    const view = await json<{ steps: { idx: number; openId: string; status: string }[] }>(
      await get(bot, `/api/v1/requests/${id}`),
    );
    const step = view.steps.find((s) => s.status === 'pending');
    if (!step) throw new Error(`${id} has no pending step`);
    await bot.click(step.openId, { action: 'approval.decide', id, step: step.idx, decision: 'approve' });
    // The next step becomes current in the decision's follow-up, at the same hour.
    await bot.settle();
  }
  clock.now = new Date(clock.now.getTime() + 24 * HOUR);
}

async function refer(bot: Bot, toUnit: string, subject: string): Promise<void> {
  const res = await bot.post('/api/v1/referrals', {
    sender: 'ou_demo_monitoring_officer',
    fromUnit: 'monitoring',
    toUnit,
    subject: { name: subject },
    source: 'monitoring',
    violations: ['air'],
    description: '自动监控数据显示排放浓度超标',
    opinion: 'file-case',
  });
  if (res.status !== 201) throw new Error(await res.text());
}

let bot: Bot;
let browser: Browser;
let link: string;

beforeAll(async () => {
  bot = await startBot({ now: () => clock.now });
  for (const plan of PLANS) await fileAndApprove(bot, plan);
  await refer(bot, 'lucheng', '长治示例钢铁集团有限公司');
  await refer(bot, 'lucheng', '长治示例焦化有限公司');
  await refer(bot, 'water', '长治示例水泥有限公司');
  clock.now = new Date('2026-11-26T02:00:00Z');
  await bot.sendText('ou_demo_director', '本年统计');
  await bot.settle();
  const card = (await sentTo(bot, 'ou_demo_director')).find((m) =>
    JSON.stringify(m.body).includes('执法监督统计'),
  );
  link = statsLink(card?.body).replace(/^http:\/\/127\.0\.0\.1:\d+/, bot.url);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

describe('/stats in a browser', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(() => page.close());

  it('draws the figures as charts and passes the accessibility smoke test', async () => {
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: '执法监督统计' }).waitFor();
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(7);
    const typeBars = page.locator('[data-figure="onsite-type"] rect.bar');
    expect(await typeBars.count()).toBe(3);
    const widths = await typeBars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(await page.locator('[data-figure="approval-time"] text').allTextContents()).toContain('13.5小时');
    expect(await page.locator('.kpi').first().textContent()).toBe('入企现场检查5 次');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'stats');
  });

  it('filters by unit and links the CSV of the same selection', async () => {
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '长治市生态环境局潞城分局' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('2026年 · 长治市生态环境局潞城分局', { exact: false }).waitFor();
    expect(await page.locator('[data-figure="onsite-unit"] rect.bar').count()).toBe(1);
    const href = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    expect(href).toContain('unit=lucheng');
    const csv = await (await fetch(`${bot.url}${href}`)).text();
    expect(csv).toContain('合计,入企现场检查,,3,次,');
    await screenshot(page, 'stats-lucheng');
  });
});
