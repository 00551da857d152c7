import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../support/harness.js';
import { specialBody, submitSpecial, TODAY_10AM } from '../features/approvals/support.js';
import { approveAll, DRAW, json, withLuchengOfficers } from '../features/draws/support.js';

/** A clock the test moves forward; the bot reads it on every request. */
const clock = { now: TODAY_10AM };

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => clock.now });
});
afterAll(() => bot?.close());

const publicPage = async () => {
  const res = await fetch(`${bot.url}/public`);
  expect(res.status).toBe(200);
  return res.text();
};

/** Readable text of the page body, tags dropped. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('/public', () => {
  it('opens without login, titled, and says in Chinese that nothing is published yet', async () => {
    const html = await publicPage();
    expect(html).toContain('<h1>长治市生态环境局 涉企执法检查信息公开</h1>');
    expect(html).toContain('信息更新至2026年11月26日');
    expect(html).toContain('目前暂无经批准的专项执法检查。');
    expect(html).toContain('目前暂无已公开的抽查结果。');
    expect(html).toContain('@media print');
  });

  it('lists an approved special inspection and none of its personal data or comments', async () => {
    const { json: submitted } = await submitSpecial(bot, specialBody());
    const id = String(submitted.id);
    const before = await publicPage();
    expect(before).not.toContain('危险废物非法处置专项检查');
    for (;;) {
      const res = await fetch(`${bot.url}/api/v1/requests/${id}`, {
        headers: { authorization: `Bearer ${bot.config.apiToken}` },
      });
      const step = (
        (await res.json()) as { steps: { idx: number; openId: string; status: string }[] }
      ).steps.find((s) => s.status === 'pending');
      if (!step) break;
      const answer = await bot.click(
        step.openId,
        { action: 'approval.decide', id, step: step.idx, decision: 'approve' },
        { formValue: { comment: '内部意见：请土壤生态环境科负责人（示例）牵头。' } },
      );
      expect(answer.toast).toEqual({ type: 'success', content: '审批意见已提交。' });
      // The next step becomes current in the decision's follow-up.
      await bot.settle();
    }
    await bot.settle();
    const page = text(await publicPage());
    expect(page).toContain(
      '危险废物非法处置专项检查 检查依据 《中华人民共和国固体废物污染环境防治法》 检查时间 2027年1月4日至2027年1月29日 ' +
        '实施单位 土壤生态环境科 检查内容 危险废物贮存、转移联单及处置去向 批准日期 2026年11月26日',
    );
    expect(page).toContain('共1项');
    expect(page).not.toMatch(/示例）|ou_|内部意见|牵头/);
    expect(page).not.toContain(id);
  });

  it('lists published 双随机 results: enterprise, date, unit and outcome, but not the inspectors or notes', async () => {
    await withLuchengOfficers(bot);
    const drawn = await json<{
      id: string;
      assignments: { uscc: string; name: string; requestId: string; inspectors: { openId: string }[] }[];
    }>(await bot.post('/api/v1/draws', { ...DRAW, count: 1 }));
    const [item] = drawn.assignments;
    if (!item) throw new Error('nothing drawn');
    await approveAll(bot, item.requestId);
    clock.now = new Date('2026-12-01T02:00:00Z');
    try {
      const res = await bot.post(`/api/v1/draws/${drawn.id}/results`, {
        recorder: item.inspectors[0]?.openId,
        uscc: item.uscc,
        outcome: 'rectify',
        inspectedOn: '2026-11-27',
        note: '现场由潞城执法人员1告知企业负责人王某整改。',
      });
      expect(res.status).toBe(201);
      const page = text(await publicPage());
      expect(page).toContain(
        `${item.name} 统一社会信用代码： ${item.uscc} 2026年11月27日 长治市生态环境局潞城分局 发现问题，已责令改正`,
      );
      expect(page).toContain('共1条');
      expect(page).not.toMatch(/潞城执法人员|王某|ou_|示例）/);
    } finally {
      clock.now = TODAY_10AM;
    }
  });
});
