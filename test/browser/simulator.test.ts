import { eq } from 'drizzle-orm';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMessages } from '../../db/schema/index.js';
import { button, buttonRow, card, form, input, markdown, submitButton } from '../../cards/kit.js';
import { startBot, type Bot } from '../support/harness.js';
import { accessibilityProblems, launch, screenshot } from './support/browser.js';
import { card$, fillPlan, openAs, say } from './support/simulator.js';

const OFFICER = 'ou_demo_air_officer';

let bot: Bot;
let browser: Browser;
beforeAll(async () => {
  bot = await startBot();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

describe('the local chat simulator in a browser', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(() => page.close());

  it('starts with the directory and no one chosen, and passes the accessibility smoke test', async () => {
    await page.goto(`${bot.url}/dev`);
    await page.getByRole('heading', { level: 1, name: '本地模拟器' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.getByLabel('消息内容').isDisabled()).toBe(true);
  });

  it('picks 大气环境科工作人员, types 帮助 and sees the help card', async () => {
    await openAs(page, '大气环境科工作人员（示例）');
    await say(page, '帮助');
    await card$(page, '执法助手 使用说明').waitFor();
    expect(await page.locator('.msg-me .bubble').last().textContent()).toBe('帮助');
    expect(await page.getByLabel('消息内容').inputValue()).toBe('');
    expect(await card$(page, '执法助手 使用说明').locator('strong').first().textContent()).toBe(
      '入企检查审批',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'simulator-help');
  });

  it('shows a card the bot sends later without a reload, and redraws it when it is patched', async () => {
    const messageId = 'om_local_browser_fixture';
    const notice = (status: string) =>
      JSON.stringify(
        card('线索办理提醒', 'wathet', [
          markdown(`**状态**：${status}`),
          form('note', [
            input('remark', '办理意见', { required: true }),
            submitButton('提交', 'send_remark', { action: 'test.none' }),
          ]),
          buttonRow([
            button(
              '确认收到',
              { action: 'test.none' },
              { type: 'primary', confirm: { title: '确认收到？', text: '确认后将通知移送单位。' } },
            ),
          ]),
        ]),
      );
    await bot.store.write((tx) =>
      tx
        .insert(localMessages)
        .values({ messageId, openId: OFFICER, msgType: 'interactive', content: notice('待接收') }),
    );
    await page.getByText('待接收').waitFor();
    await bot.store.write((tx) =>
      tx
        .update(localMessages)
        .set({ content: notice('已立案'), updatedAt: new Date().toISOString() })
        .where(eq(localMessages.messageId, messageId)),
    );
    await page.getByText('已立案').waitFor();
    expect(await page.getByText('待接收').count()).toBe(0);
  });

  it('checks required fields locally, confirms, then sends the click to the bot and shows its toast', async () => {
    const fixture = card$(page, '线索办理提醒');
    await fixture.getByRole('button', { name: '提交' }).click();
    await fixture.getByText('请填写此项').waitFor();
    expect(await fixture.getByLabel('办理意见').getAttribute('aria-invalid')).toBe('true');

    await fixture.getByRole('button', { name: '确认收到' }).click();
    const dialog = page.getByRole('dialog', { name: '确认收到？' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByRole('status').getByText('该卡片操作已失效，请重新发起。').waitFor();
    await screenshot(page, 'simulator-toast');
  });

  it('fits a phone screen (390 px) without sideways scrolling', async () => {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    });
    await phone.goto(`${bot.url}/dev?as=${OFFICER}`);
    await card$(phone, '执法助手 使用说明').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(phone)).toEqual([]);
    await screenshot(phone, 'simulator-phone');
    await phone.close();
  });
});

describe('a whole approval, person by person, in the simulator', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${bot.url}/dev`);
  });
  afterAll(() => page.close());

  const approve = async (label: string, shot: string) => {
    await page.getByRole('link', { name: `切换为 ${label}` }).click();
    const todo = page.locator('.lk-card', { hasText: '请您作为' }).last();
    await todo.getByLabel('审批意见').fill('同意。');
    expect(await accessibilityProblems(page)).toEqual([]);
    const path = await screenshot(page, shot);
    await todo.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByRole('status').getByText('审批意见已提交。').waitFor();
    await page.locator('.lk-card', { hasText: `${label}已于` }).waitFor();
    return path;
  };

  it('the officer fills and submits the plan form; the form becomes the applicant card', async () => {
    await openAs(page, '大气环境科工作人员（示例）');
    await say(page, '发起入企检查审批');
    const plan = card$(page, '入企执法检查计划审批表').last();
    await plan.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await fillPlan(plan, { enterprise: '长治示例钢铁集团有限公司', from: '2027-01-05', to: '2027-01-06' });
    await screenshot(page, 'approval-1-form');
    await plan.getByRole('button', { name: '提交审批' }).click();
    await page.getByRole('status').getByText('已送大气环境科负责人（示例）审批').waitFor();
    const applicant = card$(page, '入企执法检查计划审批 JC-').last();
    await applicant.getByText('2027-01-05 至 2027-01-06').waitFor();
    expect(await card$(page, '入企执法检查计划审批表').count()).toBe(0);
    await screenshot(page, 'approval-2-submitted');
  });

  it('大气环境科负责人, then 分管局领导 approve from their cards', async () => {
    const todo = await approve('大气环境科负责人（示例）', 'approval-3-head');
    // The README shows a leader's to-do card; refreshed on request so the picture does not churn.
    if (process.env.DOCS_SCREENSHOT === '1' || !existsSync('docs/simulator.png')) {
      mkdirSync('docs', { recursive: true });
      copyFileSync(todo, 'docs/simulator.png');
    }
    await approve('副局长乙（示例）', 'approval-4-deputy');
  });

  it('the officer sees the result, the card patched to 已批准', async () => {
    await page.getByRole('link', { name: '切换为 大气环境科工作人员（示例）' }).click();
    await card$(page, '入企执法检查计划审批 JC-').locator('.lk-sub', { hasText: '已批准' }).waitFor();
    await page.getByText('已审批通过。').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'approval-5-result');
  });
});
