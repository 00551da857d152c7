import type { Locator, Page } from 'playwright-core';

/** Switches the simulator to the person whose label is picked in 当前身份. */
export async function openAs(page: Page, label: string) {
  await page.getByLabel('选择通讯录中的人员').selectOption({ label });
  await page.getByRole('button', { name: '切换' }).click();
  await page.getByRole('heading', { name: `与执法助手的单聊 · ${label}` }).waitFor();
}

/** Types a message and sends it with Enter, as a person does. */
export async function say(page: Page, text: string) {
  await page.getByLabel('消息内容').fill(text);
  await page.getByLabel('消息内容').press('Enter');
}

/** A card in the chat by (part of) its title. */
export const card$ = (page: Page, title: string) =>
  page.locator('.lk-card', { has: page.locator('.lk-title', { hasText: title }) });

export interface Plan {
  enterprise: string;
  from: string;
  to: string;
}

/** Fills the 入企执法检查计划审批表 card the way an officer does; submitting is left to the test. */
export async function fillPlan(plan: Locator, p: Plan) {
  await plan.getByLabel('请选择检查类型').selectOption({ label: '双随机' });
  await plan.getByLabel('检查依据').fill('《中华人民共和国大气污染防治法》');
  await plan.getByLabel('开始日期').fill(p.from);
  await plan.getByLabel('结束日期').fill(p.to);
  await plan.locator('summary', { hasText: '从企业名录选择' }).click();
  await plan.getByLabel(p.enterprise).check();
  await plan.getByLabel('检查内容').fill('核查颗粒物排放情况');
  await plan.getByLabel('现场检查', { exact: true }).check();
}
