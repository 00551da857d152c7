import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formLink } from '../../src/pages/forms/index.js';
import {
  approveThrough,
  planBody,
  specialBody,
  submitPlan,
  submitSpecial,
  TODAY_10AM,
  USCC,
} from '../features/approvals/support.js';
import { approveAll, DRAW, json, withLuchengOfficers } from '../features/draws/support.js';
import { cardAbout, postReferral } from '../features/referrals/flow.js';
import { submit } from '../features/referrals/helpers.js';
import { startBot, type Bot } from '../support/harness.js';
import { accessibilityProblems, launch, RESULTS, screenshot } from './support/browser.js';

/** A clock the test moves forward; the bot reads it on every request. */
const clock = { now: TODAY_10AM };

let bot: Bot;
let browser: Browser;
const ids = { special: '', plan: '', referral: '', specialPlan: '', unlinkedPlan: '' };

/** Every pending step approved through its card, each with an opinion. */
async function approveWith(id: string, comments: string[]): Promise<void> {
  for (const comment of comments) {
    const res = await fetch(`${bot.url}/api/v1/requests/${id}`, {
      headers: { authorization: `Bearer ${bot.config.apiToken}` },
    });
    const steps = ((await res.json()) as { steps: { idx: number; openId: string; status: string }[] }).steps;
    const step = steps.find((s) => s.status === 'pending');
    if (!step) throw new Error(`${id} has no pending step`);
    await bot.click(
      step.openId,
      { action: 'approval.decide', id, step: step.idx, decision: 'approve' },
      { formValue: { comment } },
    );
    // The next step becomes current in the decision's follow-up.
    await bot.settle();
  }
}

/** What the public page and the forms show: a special inspection, a 双随机 result, a plan, a referral. */
async function seed(): Promise<void> {
  ids.special = String((await submitSpecial(bot, specialBody())).json.id);
  await approveWith(ids.special, ['同意开展。', '同意，请严格控制检查范围和时间。', '同意。']);
  const plan = await submitPlan(
    bot,
    planBody({ type: 'complaint', enterprises: [USCC.coal, USCC.cement], methods: ['on-site', 'sampling'] }),
  );
  ids.plan = String(plan.json.id);
  await approveWith(ids.plan, ['同意。', '同意，注意安全，检查结束后及时反馈结果。']);
  // Two 专项 plans: one carrying out the approved special inspection, one naming none (第4条).
  const specialPlan = planBody({
    type: 'special',
    basis: '《中华人民共和国固体废物污染环境防治法》',
    enterprises: [USCC.chemical],
    from: '2027-01-05',
    to: '2027-01-08',
  });
  ids.specialPlan = String((await submitPlan(bot, { ...specialPlan, special: ids.special })).json.id);
  await approveThrough(bot, ids.specialPlan);
  ids.unlinkedPlan = String((await submitPlan(bot, { ...specialPlan, enterprises: [USCC.foundry] })).json.id);
  await approveThrough(bot, ids.unlinkedPlan);

  await withLuchengOfficers(bot);
  const drawn = await json<{
    id: string;
    assignments: { uscc: string; requestId: string; inspectors: { openId: string }[] }[];
  }>(await bot.post('/api/v1/draws', { ...DRAW, count: 2 }));
  for (const item of drawn.assignments) await approveAll(bot, item.requestId);
  clock.now = new Date('2026-12-01T02:00:00Z');
  for (const [i, item] of drawn.assignments.entries()) {
    await bot.post(`/api/v1/draws/${drawn.id}/results`, {
      recorder: item.inspectors[0]?.openId,
      uscc: item.uscc,
      outcome: i === 0 ? 'no-issue' : 'rectify',
      inspectedOn: '2026-11-27',
    });
  }

  const referral = await postReferral(bot, {
    toUnit: 'lucheng',
    violations: ['air', 'other'],
    violationNote: '未按规定安装自动监测设备',
  });
  ids.referral = String(referral.id);
  const head = 'ou_demo_lucheng_head';
  await submit(bot, head, await cardAbout(bot, head, ids.referral), 'referral.accept', {
    handler: 'lucheng-officer',
  });
  await bot.settle();
}

beforeAll(async () => {
  bot = await startBot({ now: () => clock.now });
  browser = await launch();
  await seed();
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

async function pageAt(width: number, height: number): Promise<Page> {
  return browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
}

async function openForm(page: Page, id: string): Promise<void> {
  const link = new URL(await formLink(bot.runtime.services, id));
  const res = await page.goto(`${bot.url}${link.pathname}${link.search}`);
  expect(res?.status()).toBe(200);
}

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each (the tree root is `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the public disclosure page in a browser', () => {
  it('reads well on a desktop and passes the accessibility smoke test', async () => {
    const page = await pageAt(1280, 900);
    await page.goto(`${bot.url}/public`);
    await page.getByRole('heading', { level: 1, name: '长治市生态环境局 涉企执法检查信息公开' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: '危险废物非法处置专项检查' }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('.results tbody tr').count()).toBe(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'public-desktop');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'public-print');
    await page.close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await pageAt(390, 844);
    await page.goto(`${bot.url}/public`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each result turns into a block of labelled lines rather than a squeezed table row.
    expect(
      await page
        .locator('.results tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('block');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'public-phone');
    await page.close();
  });
});

describe('printable forms in a browser', () => {
  it('shows 附件2 with its boxes ticked and every opinion signed', async () => {
    const page = await pageAt(1280, 900);
    await openForm(page, ids.plan);
    await page.getByRole('heading', { level: 2, name: /入企执法检查计划审批表/ }).waitFor();
    expect(await page.getByRole('button', { name: '打印 / 另存为 PDF' }).isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'form-annex2');
    await page.close();
  });

  it('shows under the ticked 专项 box the special inspection the plan carries out, linked to its 附件1', async () => {
    const page = await pageAt(1280, 900);
    await openForm(page, ids.specialPlan);
    const row = page.locator('tr', { has: page.locator('th', { hasText: '检查类型' }) });
    expect(await row.innerText()).toContain(
      `实施专项执法检查：${ids.special}「危险废物非法处置专项检查」（2027年1月4日至2027年1月29日）`,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'form-annex2-special');
    await row.getByRole('link', { name: ids.special }).click();
    await page.getByRole('heading', { level: 2, name: /专项执法检查审批表/ }).waitFor();
    expect(await page.locator('tr', { hasText: '检查名称' }).innerText()).toContain(
      '危险废物非法处置专项检查',
    );
    await page.close();
  });

  it('shows for a 专项 plan without one the 第4条 finding its approval recorded', async () => {
    const page = await pageAt(1280, 900);
    await openForm(page, ids.unlinkedPlan);
    const row = page.locator('tr', { has: page.locator('th', { hasText: '检查类型' }) });
    expect(await row.innerText()).toContain(
      '专项类检查计划未关联经批准的专项执法检查，按专项检查报局长审批。',
    );
    expect(await row.getByRole('link').count()).toBe(0);
    await screenshot(page, 'form-annex2-special-unlinked');
    await page.close();
  });

  it('shows 附件1 with the three opinions', async () => {
    const page = await pageAt(1280, 900);
    await openForm(page, ids.special);
    await page.getByRole('heading', { level: 2, name: /专项执法检查审批表/ }).waitFor();
    expect(await page.locator('tr.opinion').count()).toBe(3);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'form-annex1');
    await page.close();
  });

  it('shows 附件3 on a phone without sideways scrolling', async () => {
    const page = await pageAt(390, 844);
    await openForm(page, ids.referral);
    await page.getByRole('heading', { level: 2, name: /涉嫌环境违法线索移送表/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'form-annex3-phone');
    await page.close();
  });

  it('shows 附件3 on a desktop', async () => {
    const page = await pageAt(1280, 900);
    await openForm(page, ids.referral);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'form-annex3');
    await page.close();
  });

  it('prints 附件2 on one A4 page with no page chrome', async () => {
    const page = await pageAt(794, 1123);
    await openForm(page, ids.plan);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site', 'footer.site-foot', '.toolbar']) {
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    }
    await screenshot(page, 'form-annex2-print');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(RESULTS, 'form-annex2.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    expect(readFileSync(join(RESULTS, 'form-annex2.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('prints the whole 附件3 table on the first A4 page, the history after it', async () => {
    // The printable area of A4 inside the form's @page margins (15 mm sides, 16 + 14 mm top and bottom).
    const mm = 96 / 25.4;
    const page = await pageAt(Math.floor(180 * mm), Math.floor(267 * mm));
    await openForm(page, ids.referral);
    await page.emulateMedia({ media: 'print' });
    const tableBottom = await page.evaluate(
      () =>
        document.querySelector('table.annex')!.getBoundingClientRect().bottom -
        document.querySelector('.sheet')!.getBoundingClientRect().top,
    );
    expect(tableBottom).toBeLessThanOrEqual(267 * mm);
    await screenshot(page, 'form-annex3-print');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(RESULTS, 'form-annex3.pdf'), pdf);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await page.close();
  });
});
