import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspections } from '../../db/schema/index.js';
import { startBot, type Bot } from '../support/harness.js';
import {
  approveThrough as approveAll,
  newPlan,
  specialBody,
  submitSpecial,
  TODAY_10AM,
  USCC,
} from '../features/approvals/support.js';

let bot: Bot;
let special: string;
const plans: string[] = [];

beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
  special = String((await submitSpecial(bot, specialBody({ from: '2026-11-27', to: '2026-12-31' }))).json.id);
  await approveAll(bot, special);
  for (const uscc of [USCC.coking, USCC.steel, USCC.coal]) {
    const id = await newPlan(bot, uscc, { type: 'special', special });
    await approveAll(bot, id);
    plans.push(id);
  }
  // A routine visit to 上党区 carried out, and one still planned.
  const routine = await newPlan(bot, USCC.coking, { from: '2026-11-28', to: '2026-11-28' });
  await approveAll(bot, routine);
  plans.push(routine);
});
afterAll(() => bot?.close());

const text = async () => {
  const res = await fetch(`${bot.url}/public`);
  expect(res.status).toBe(200);
  return (await res.text())
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};

const record = (code: string, set: Partial<typeof inspections.$inferInsert>) =>
  bot.store.write((tx) => tx.update(inspections).set(set).where(eq(inspections.code, code)));

describe('/public after the visits (第7条 事后公示)', () => {
  it('says a special inspection has no results yet until one is recorded', async () => {
    const page = await text();
    expect(page).toContain('危险废物非法处置专项检查');
    expect(page).toContain('检查结果 尚未登记检查结果');
    expect(page).toContain('2026年：共0家次');
  });

  it('counts the outcomes per special inspection and the on-site visits per county, without personal data', async () => {
    await record(`${plans[0]}-1`, {
      status: 'fed-back',
      resultDate: '2026-11-27',
      outcome: 'issue-found',
      findings: '废气收集设施破损',
      resultByName: '大气环境科工作人员（示例）',
    });
    await record(`${plans[1]}-1`, { status: 'done', resultDate: '2026-11-28', outcome: 'no-issue' });
    await record(`${plans[2]}-1`, { status: 'cancelled', cancelReason: '企业已搬迁' });
    await record(`${plans[3]}-1`, { status: 'done', resultDate: '2026-11-28', outcome: 'no-issue' });
    const page = await text();
    expect(page).toContain('已登记检查结果2家次：未发现问题1家次，发现问题1家次');
    expect(page).not.toContain('尚未登记');
    expect(page).toContain('2026年：共3家次');
    expect(page).toMatch(/上党区 2 .*潞城区 1/);
    expect(page).toContain('2025年：共0家次');
    for (const secret of ['废气收集设施破损', '工作人员（示例）', '企业已搬迁', plans[0] ?? '', special]) {
      expect(page).not.toContain(secret);
    }
  });
});
