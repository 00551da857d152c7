import { asc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalRequests, approvalSteps, policyFeedback } from '../../db/schema/index.js';
import { startBot, type Bot } from '../support/harness.js';
import { accessibilityProblems, launch, screenshot } from './support/browser.js';
import { card$, fillPlan, openAs, say } from './support/simulator.js';

const OFFICER = 'ou_demo_air_officer';
const HEAD = 'ou_demo_air_head';
const UNHELPFUL_NOTED = '已记录为“没用”。请换一种问法，或写明时间、检查方式、企业等具体情形后再问。';

let bot: Bot;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  bot = await startBot();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${bot.url}/dev`);
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

/** The 回复 control on the message that holds `card`. */
const replyTo = (card: ReturnType<typeof card$>) =>
  page.locator('.msg', { has: card }).locator('button.msg-reply');
const replyBar = () => page.locator('#reply-bar');

describe('replying to a policy answer in the simulator', () => {
  it('quotes the answer card above the composer, and 取消 drops the quote', async () => {
    await openAs(page, '大气环境科工作人员（示例）');
    await say(page, '一家企业一年最多能查几次？');
    const answer = card$(page, '政策问答').last();
    await answer.waitFor();
    await replyTo(answer).click();
    await replyBar().waitFor();
    expect(await replyBar().locator('.reply-bar-text').textContent()).toMatch(/^回复 执法助手：政策问答/);
    expect(await page.getByLabel('消息内容').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '取消回复' }).click();
    expect(await replyBar().isHidden()).toBe(true);
  });

  it('sends 答非所问 as a reply: the bot records 没用, and the reply shows the card it answers', async () => {
    const answer = card$(page, '政策问答').last();
    await replyTo(answer).click();
    await screenshot(page, 'reply-1-quoting');
    await say(page, '答非所问');
    await page.getByText(UNHELPFUL_NOTED).waitFor();
    expect(await replyBar().isHidden()).toBe(true);
    const mine = page.locator('.msg-me .bubble').last();
    expect(await mine.locator('.bubble-quote').textContent()).toMatch(/^回复 执法助手：政策问答/);
    expect(await mine.textContent()).toContain('答非所问');
    const feedback = await bot.store.db
      .select()
      .from(policyFeedback)
      .where(eq(policyFeedback.openId, OFFICER));
    expect(feedback.map((f) => f.useful)).toEqual([false]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'reply-2-feedback');
  });

  it('keeps the quote on one line on a phone screen (390 px), without sideways scrolling', async () => {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    await phone.goto(`${bot.url}/dev?as=${OFFICER}`);
    const answer = phone
      .locator('.lk-card', { has: phone.locator('.lk-title', { hasText: '政策问答' }) })
      .last();
    await phone.locator('.msg', { has: answer }).locator('button.msg-reply').click();
    const bar = phone.locator('#reply-bar');
    await bar.waitFor();
    expect((await bar.boundingBox())!.height).toBeLessThan(50);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'reply-phone');
    await phone.close();
  });
});

describe('approving by reply in the simulator', () => {
  it('the officer submits a plan; the unit head replies 同意 to the to-do card and the request moves on', async () => {
    await say(page, '发起入企检查审批');
    const plan = card$(page, '入企执法检查计划审批表').last();
    await plan.waitFor();
    await fillPlan(plan, { enterprise: '长治示例焦化有限公司', from: '2027-02-01', to: '2027-02-02' });
    await plan.getByRole('button', { name: '提交审批' }).click();
    await page.getByRole('status').getByText('已送大气环境科负责人（示例）审批').waitFor();

    await page.getByRole('link', { name: '切换为 大气环境科负责人（示例）' }).click();
    const todo = page.locator('.lk-card', { hasText: '请您作为' }).last();
    await todo.waitFor();
    await replyTo(todo).click();
    await screenshot(page, 'reply-3-leader-quoting');
    await say(page, '同意');
    await page.getByText(/^已按您的回复「同意」办理JC-\d{4}-\d{4}：同意。$/).waitFor();
    await page.getByRole('link', { name: '切换为 副局长乙（示例）' }).waitFor();

    const [request] = await bot.store.db
      .select()
      .from(approvalRequests)
      .where(eq(approvalRequests.applicantOpenId, OFFICER));
    expect(request?.currentStep).toBe(1);
    const steps = await bot.store.db
      .select()
      .from(approvalSteps)
      .where(eq(approvalSteps.requestId, request!.id))
      .orderBy(asc(approvalSteps.idx));
    expect(steps.map((s) => [s.status, s.decidedByOpenId])).toEqual([
      ['approved', HEAD],
      ['pending', null],
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'reply-4-leader-approved');
  });
});
