import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspections } from '../../../db/schema/index.js';
import { sendWeeklySupervision } from '../../../src/features/supervision/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { approveThrough, cardText, newPlan, sentTo, USCC } from '../approvals/support.js';

let clock = new Date('2026-11-26T02:00:00Z');
let bot: Bot;
const ids: Record<string, string> = {};

beforeAll(async () => {
  bot = await startBot({ now: () => clock });
  ids.late = await newPlan(bot, USCC.coking);
  ids.capped = await newPlan(bot, USCC.coking, { from: '2026-12-28', to: '2026-12-29' });
  ids.quiet = await newPlan(bot, USCC.steel, {
    from: '2026-12-02',
    to: '2026-12-03',
    quietExemption: 'other',
    quietExemptionNote: '群众举报须现场核实',
  });
  for (const id of [ids.late, ids.capped, ids.quiet]) await approveThrough(bot, id as string);
  ids.waiting = await newPlan(bot, USCC.chemical);
  // The result of the quiet-period visit was recorded on its last day and never fed back.
  await bot.store.write((tx) =>
    tx
      .update(inspections)
      .set({ status: 'done', resultDate: '2026-12-03' })
      .where(eq(inspections.code, `${ids.quiet}-1`)),
  );
});
afterAll(() => bot?.close());

const card = async (openId: string) => {
  const cards = (await sentTo(bot, openId)).filter((m) => cardText(m.content).includes('执法监督'));
  return cards.map((m) => m.content);
};

describe('三（二） the weekly 执法监督 card', () => {
  it('waits for Monday 09:00, then goes once to the 局长 and the head of 法规与标准科', async () => {
    clock = new Date('2026-12-14T00:30:00Z');
    expect(await sendWeeklySupervision(bot.runtime.services)).toEqual([]);
    clock = new Date('2026-12-14T02:00:00Z');
    expect(await sendWeeklySupervision(bot.runtime.services)).toEqual([
      'ou_demo_director',
      'ou_demo_legal_head',
    ]);
    expect(await sendWeeklySupervision(bot.runtime.services)).toEqual([]);
    expect(await card('ou_demo_director')).toHaveLength(1);
    expect(await card('ou_demo_legal_head')).toHaveLength(1);
    expect(await card('ou_demo_air_head')).toHaveLength(0);
  });

  it('names what is late, too frequent or in a quiet period, each line linking to its record', async () => {
    const [content] = await card('ou_demo_director');
    const text = cardText(content ?? {});
    expect(text).toContain('**审批超过3个工作日未办理**：1件');
    expect(text).toContain(`${ids.waiting} 长治示例化工有限公司检查计划：待`);
    expect(text).toContain('**检查结束超过3个工作日未登记结果**：1项');
    expect(text).toContain(`${ids.late}-1 长治示例焦化有限公司（大气环境科）：检查结束已10个工作日`);
    expect(text).toContain('**登记结果超过5个工作日未反馈企业**：1项');
    expect(text).toContain('**企业年度现场检查达到或超过上限**：1家');
    expect(text).toContain('长治示例焦化有限公司：现场检查2次，上限2次');
    expect(text).toContain('**企业安静期内现场检查**：1家次');
    expect(text).toContain('其他（群众举报须现场核实）1');
    expect(text).toContain('**企业年度检查次数分布**：2家');

    const links = [...text.matchAll(/\]\((http[^)]+)\)/g)].map((m) => m[1] ?? '');
    const form = links.find((l) => l.includes(`/forms/${ids.late}?t=`));
    expect(form).toBeDefined();
    const printed = await fetch(form!.replace(/^https?:\/\/[^/]+/, bot.url));
    expect(printed.status).toBe(200);
    expect(await printed.text()).toContain(ids.late);
  });

  it('links to the /stats page, whose 执法监督 section lists every line', async () => {
    const [content] = await card('ou_demo_legal_head');
    const stats = [...cardText(content ?? {}).matchAll(/\]\((http[^)]+\/stats\?[^)]+)\)/g)][0]?.[1] ?? '';
    expect(stats).toContain('#supervision');
    const page = await fetch(stats.replace(/^https?:\/\/[^/]+/, bot.url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="supervision"');
    expect(html).toContain('执法监督事项（截至2026-12-14）');
    for (const id of [ids.waiting, ids.late, ids.quiet, ids.capped]) {
      expect(html).toMatch(new RegExp(`href="[^"]*/forms/${id}\\?t=`));
    }
    expect(html).toContain('4至5次');
  });

  it('goes again the next week, and leaves out a cancelled visit', async () => {
    // Through the app, as the counts supervision reads are kept by its writes.
    const cancel = await bot.post(`/api/v1/inspections/${ids.capped}-1/cancel`, {
      by: 'ou_demo_air_officer',
      reason: '企业已停产',
    });
    expect(cancel.status).toBe(200);
    clock = new Date('2026-12-21T03:00:00Z');
    expect(await sendWeeklySupervision(bot.runtime.services)).toHaveLength(2);
    const latest = (await card('ou_demo_director')).at(-1) ?? {};
    expect(cardText(latest)).toContain('**企业年度现场检查达到或超过上限**：0家');
  });
});
