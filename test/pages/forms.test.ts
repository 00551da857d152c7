import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formLink } from '../../src/pages/forms/index.js';
import { startBot, type Bot } from '../support/harness.js';
import {
  planBody,
  specialBody,
  submitPlan,
  submitSpecial,
  TODAY_10AM,
  USCC,
} from '../features/approvals/support.js';
import { cardAbout, postReferral } from '../features/referrals/flow.js';
import { submit } from '../features/referrals/helpers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

interface Step {
  idx: number;
  openId: string;
  status: string;
}

async function pendingStep(id: string): Promise<Step | undefined> {
  const res = await fetch(`${bot.url}/api/v1/requests/${id}`, {
    headers: { authorization: `Bearer ${bot.config.apiToken}` },
  });
  return ((await res.json()) as { steps: Step[] }).steps.find((s) => s.status === 'pending');
}

/** Presses 同意 on the pending step's card, with the opinion typed into the card's box. */
async function approve(id: string, comment?: string): Promise<void> {
  const step = await pendingStep(id);
  if (!step) throw new Error(`${id} has no pending step`);
  const answer = await bot.click(
    step.openId,
    { action: 'approval.decide', id, step: step.idx, decision: 'approve' },
    { formValue: comment ? { comment } : {} },
  );
  expect(answer.toast).toEqual({ type: 'success', content: '审批意见已提交。' });
  await bot.settle();
}

async function transfer(id: string, to: string, comment: string): Promise<void> {
  const step = await pendingStep(id);
  if (!step) throw new Error(`${id} has no pending step`);
  await bot.click(
    step.openId,
    { action: 'approval.transfer', id, step: step.idx },
    { formValue: { transferTo: to, comment } },
  );
  await bot.settle();
}

/** The form page as the holder of its printed link sees it. */
async function openForm(id: string): Promise<string> {
  const link = new URL(await formLink(bot.runtime.services, id));
  const res = await fetch(`${bot.url}${link.pathname}${link.search}`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The filled-in cell of the row whose printed label is `label`, as text. */
function cell(html: string, label: string, nth = 0): string {
  const rows = [...html.matchAll(/<tr(?: class="[^"]*")?><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)];
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const found = rows.filter((r) => text(r[1] ?? '').startsWith(label))[nth];
  if (!found) throw new Error(`no row 「${label}」`);
  return text(found[2] ?? '');
}

describe('附件1 专项执法检查审批表 (ZX-)', () => {
  it('prints the special inspection with the three opinions, names and times', async () => {
    const { json } = await submitSpecial(bot, specialBody());
    const id = String(json.id);
    await approve(id, '同意开展。');
    await approve(id, '请严格控制检查范围。');
    await approve(id);
    const html = await openForm(id);
    expect(html).toContain('<span class="sheet-org">长治市生态环境局</span>专项执法检查审批表</h2>');
    expect(html).toContain(`<span>编号：${id}</span><span>日期：2026年11月26日</span>`);
    expect(html).toMatch(/一、基本信息.*二、审批意见/);
    expect(cell(html, '检查名称')).toBe('危险废物非法处置专项检查');
    expect(cell(html, '检查依据')).toBe('《中华人民共和国固体废物污染环境防治法》');
    expect(cell(html, '检查时间')).toBe('2027年1月4日至2027年1月29日');
    expect(cell(html, '实施单位')).toBe('土壤生态环境科');
    expect(cell(html, '检查对象')).toBe('2026年危险废物转移联单异常的产废单位');
    expect(cell(html, '检查内容')).toBe('危险废物贮存、转移联单及处置去向 重点领域：危险废物非法处置');
    expect(cell(html, '承办机构负责人意见')).toBe(
      '同意开展。 签字：土壤生态环境科负责人（示例） 2026年11月26日 10:00',
    );
    expect(cell(html, '分管局长意见')).toBe(
      '同意。请严格控制检查范围。 签字：副局长乙（示例） 2026年11月26日 10:00',
    );
    expect(cell(html, '局长意见')).toBe('同意。 签字：局长（示例） 2026年11月26日 10:00');
    expect(html).not.toContain('class="sheet-note"');
  });
});

describe('附件2 入企执法检查计划审批表 (JC-)', () => {
  it('ticks the boxes chosen and records a hand-over in the opinion row', async () => {
    const { json } = await submitPlan(
      bot,
      planBody({ type: 'complaint', enterprises: [USCC.coal], methods: ['on-site', 'sampling'] }),
    );
    const id = String(json.id);
    await approve(id, '同意。');
    await transfer(id, 'ou_demo_deputy_1', '出差期间请甲副局长审批。');
    await approve(id, '同意，注意安全。');
    const html = await openForm(id);
    expect(html).toContain('入企执法检查计划审批表</h2>');
    expect(html).toMatch(/一、基本信息.*二、检查安排.*三、审批意见/);
    expect(cell(html, '检查类型')).toBe('☐ 未选： 双随机 ☐ 未选： 专项 ☑ 已选： 举报投诉 ☐ 未选： 其他：');
    expect(cell(html, '检查方式')).toBe(
      '☑ 已选： 现场检查 ☐ 未选： 资料核查 ☑ 已选： 监测采样 ☐ 未选： 问询调查 ☐ 未选： 其他：',
    );
    expect(cell(html, '入企执法检查对象')).toBe(`长治示例煤业有限公司 （统一社会信用代码：${USCC.coal}）`);
    expect(cell(html, '检查人员')).toBe('大气环境科工作人员（示例）、大气环境科负责人（示例）');
    expect(cell(html, '承办机构负责人意见')).toBe(
      '同意。 签字：大气环境科负责人（示例） 2026年11月26日 10:00',
    );
    expect(cell(html, '分管局长意见')).toBe(
      '同意，注意安全。 2026年11月26日 10:00 副局长乙（示例）转交副局长甲（示例）（出差期间请甲副局长审批。） 签字：副局长甲（示例） 2026年11月26日 10:00',
    );
    expect(cell(html, '局长意见')).toBe('本次审批不经此环节。');
  });

  it('writes a clue-driven type in 「其他」 and puts a county branch head in the 局长 row, labelled', async () => {
    const { json } = await submitPlan(
      bot,
      planBody({
        applicant: 'ou_demo_lucheng_officer',
        unit: 'lucheng',
        type: 'referral',
        enterprises: [USCC.steel],
        inspectors: ['ou_demo_lucheng_officer'],
      }),
    );
    const id = String(json.id);
    await approve(id, '同意。');
    const html = await openForm(id);
    expect(cell(html, '检查类型')).toContain('☑ 已选： 其他：转办交办');
    expect(cell(html, '承办机构负责人意见')).toBe('本次审批不经此环节。');
    expect(cell(html, '分管局长意见')).toBe('本次审批不经此环节。');
    expect(html).toContain(
      '<th scope="row">局长意见<span class="row-note">（分局主要负责人签署）</span></th>',
    );
    expect(cell(html, '局长意见')).toBe('同意。 签字：潞城分局局长（示例） 2026年11月26日 10:00');
  });

  it('writes under the ticked 专项 box the special inspection it carries out, linked to its 附件1', async () => {
    const special = String((await submitSpecial(bot, specialBody({ name: '涉危废企业专项检查' }))).json.id);
    for (let i = 0; i < 3; i++) await approve(special);
    const body = { type: 'special', from: '2027-01-05', to: '2027-01-08' };
    const linked = String(
      (await submitPlan(bot, planBody({ ...body, special, enterprises: [USCC.chemical] }))).json.id,
    );
    while (await pendingStep(linked)) await approve(linked);
    const html = await openForm(linked);
    expect(cell(html, '检查类型')).toBe(
      `☐ 未选： 双随机 ☑ 已选： 专项 ☐ 未选： 举报投诉 ☐ 未选： 其他： 实施专项执法检查： ${special} 「涉危废企业专项检查」（2027年1月4日至2027年1月29日）`,
    );
    const href = new RegExp(`<a href="(/forms/${special}\\?t=[^"]+)">${special}</a>`).exec(html)?.[1];
    expect(href, html).toBeDefined();
    const page = await fetch(`${bot.url}${href!.replaceAll('&amp;', '&')}`);
    expect(page.status).toBe(200);
    expect(cell(await page.text(), '检查名称')).toBe('涉危废企业专项检查');
    // Named without one, the plan carries the 第4条 finding its approval recorded, and no link.
    const unlinked = String(
      (await submitPlan(bot, planBody({ ...body, enterprises: [USCC.foundry] }))).json.id,
    );
    while (await pendingStep(unlinked)) await approve(unlinked);
    const bare = await openForm(unlinked);
    expect(cell(bare, '检查类型')).toContain(
      '☑ 已选： 专项 ☐ 未选： 举报投诉 ☐ 未选： 其他： 专项类检查计划未关联经批准的专项执法检查，按专项检查报局长审批。',
    );
    expect(cell(bare, '局长意见')).toContain('签字：局长（示例）');
  });

  it('prints a pending request as far as it has gone, and says so', async () => {
    const { json } = await submitPlan(bot, planBody({ enterprises: [USCC.cement] }));
    const id = String(json.id);
    const html = await openForm(id);
    expect(cell(html, '承办机构负责人意见')).toBe('待审批 审批人：大气环境科负责人（示例）');
    expect(cell(html, '分管局长意见')).toBe('尚未送达 审批人：副局长乙（示例）');
    expect(html).toContain('审批状态：审批中。本表所列为截至打印时的审批情况。');
  });
});

describe('附件3 涉嫌环境违法线索移送表 (XS-)', () => {
  const ID = '11010519491231002X';

  it('prints every box, the receiver’s decision and the history, the ID number masked', async () => {
    const { id } = await postReferral(bot, {
      subject: { name: '张某某', idNumber: ID },
      source: 'petition',
      violations: ['water', 'noise'],
      description: '私设暗管排放废水。',
      toUnit: 'lucheng',
      opinion: 'coordinate',
      coordinateWith: 'enforcement',
    });
    const referral = String(id);
    const head = 'ou_demo_lucheng_head';
    await submit(bot, head, await cardAbout(bot, head, referral), 'referral.accept', {
      handler: 'lucheng-officer',
    });
    await bot.settle();
    const html = await openForm(referral);
    expect(html).toContain('涉嫌环境违法线索移送表</h2>');
    expect(html).toMatch(/一、移送信息.*二、线索基本信息.*三、移交材料清单.*四、移交意见/);
    expect(cell(html, '移送科室/单位')).toBe('大气环境科');
    expect(cell(html, '接收科室/单位')).toBe('长治市生态环境局潞城分局');
    expect(cell(html, '移送日期')).toBe('2026年11月26日');
    expect(cell(html, '1. 涉嫌违法主体名称')).toBe('张某某');
    expect(cell(html, '统一社会信用代码/身份证号')).toBe('1101**********002X');
    expect(html).not.toContain(ID);
    expect(cell(html, '2. 线索来源')).toBe(
      '☐ 未选： 监测数据 ☐ 未选： 现场检查 ☑ 已选： 信访举报 ☐ 未选： 其他单位移交 ☐ 未选： 其他：',
    );
    expect(cell(html, '3. 涉嫌违法行为')).toContain('☑ 已选： 水污染 ☐ 未选： 大气污染');
    expect(cell(html, '3. 涉嫌违法行为')).toContain('☑ 已选： 噪声扰民');
    expect(cell(html, '移送方意见：')).toBe(
      '☐ 未选： 建议立案 ☐ 未选： 需进一步核查 ☑ 已选： 请协调生态环境保护综合行政执法队协助',
    );
    expect(cell(html, '经办人')).toBe('大气环境科工作人员（示例） 2026年11月26日 10:00');
    expect(cell(html, '科室/单位负责人')).toBe('大气环境科负责人（示例）');
    expect(cell(html, '接收方意见')).toBe('接收，承办人：潞城分局执法人员（示例）');
    expect(cell(html, '科室/单位负责人', 1)).toBe('潞城分局局长（示例） 2026年11月26日 10:00');
    expect(html).toContain('附：办理记录');
  });

  it('shows the ID number in full to a member of a handling unit on a local run', async () => {
    const res = await fetch(`${bot.url}/forms/XS-2026-0001?as=ou_demo_lucheng_officer`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(ID);
    const other = await (await fetch(`${bot.url}/forms/XS-2026-0001?as=ou_demo_water_officer`)).text();
    expect(other).not.toContain(ID);
  });
});
