import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendResultCards } from '../../../src/features/inspections/index.js';
import { formLink } from '../../../src/pages/forms/index.js';
import type { Bot } from '../../support/harness.js';
import { contentOf } from '../../support/working-cards.js';
import { cardText, cardTitle, USCC } from '../approvals/support.js';
import { get, json } from '../draws/support.js';
import { approvedPlan, FEEDBACK, OFFICER, RESULT, startRunningBot, step, visitsOf } from './support.js';

// A plan may name an enterprise the enterprise list does not hold, by its name alone (no USCC).
const UNLISTED = '长治市某某废旧塑料加工作坊';

let env: Awaited<ReturnType<typeof startRunningBot>>;
let bot: Bot;
let plan = '';
beforeAll(async () => {
  env = await startRunningBot('2026-11-26T10:00:00');
  bot = env.bot;
  plan = await approvedPlan(bot, [USCC.coking, UNLISTED]);
  await env.settle();
});
afterAll(() => env?.close());

describe('a plan naming one listed and one unlisted enterprise', () => {
  it('is approved, and each enterprise becomes a visit under its own name', async () => {
    const request = await json<{ findings: { code: string; severity: string }[] }>(
      await get(bot, `/api/v1/requests/${plan}`),
    );
    // The approvers were told the name is not in the registry and its visits cannot be counted.
    expect(request.findings).toContainEqual(
      expect.objectContaining({ code: 'ENTERPRISE_UNLISTED', severity: 'warn' }),
    );
    expect(await visitsOf(bot, plan)).toEqual([
      {
        id: 'JC-2026-0001-1',
        enterprise: { name: '长治示例焦化有限公司', uscc: USCC.coking },
        status: 'planned',
      },
      { id: 'JC-2026-0001-2', enterprise: { name: UNLISTED, uscc: null }, status: 'planned' },
    ]);
  });

  it("gives the unlisted one's inspectors its card under its name", async () => {
    env.setClock('2026-12-01T09:00:00');
    expect(await sendResultCards(bot.runtime.services)).toEqual(['JC-2026-0001-1', 'JC-2026-0001-2']);
    await env.settle();
    const card = env.fake
      .sentTo(OFFICER)
      .map(contentOf)
      .find((c) => cardTitle(c) === '登记检查结果 JC-2026-0001-2');
    expect(cardText(card ?? {})).toContain(`**企业**：${UNLISTED}`);
  });

  it('takes a result and the feedback on the unlisted one', async () => {
    const done = await step(bot, 'JC-2026-0001-2', 'result', { ...RESULT, outcome: 'issue-found' });
    expect(done).toMatchObject({ status: 200, json: { status: 'done', enterprise: { name: UNLISTED } } });
    const fed = await step(bot, 'JC-2026-0001-2', 'feedback', FEEDBACK);
    expect(fed).toMatchObject({ status: 200, json: { status: 'fed-back' } });
  });

  it('prints its 检查结果告知书 to the enterprise by name', async () => {
    const link = new URL(await formLink(bot.runtime.services, 'JC-2026-0001-2'));
    const page = await fetch(`${bot.url}${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(UNLISTED);
    expect(html).toContain('废气处理设施正常运行，未发现问题。');
    expect(html).not.toContain('统一社会信用代码');
  });
});

describe('the yearly cap (第3条) and an unlisted enterprise', () => {
  it('checks later plans naming it without failing, and does not count it by name', async () => {
    // It was visited once (fed back above). Two more plans on it are approved in turn: the second
    // would find two visits this year, the cap of 2, and be refused if visits were counted by name.
    // They are not: past visits are found by USCC, and a name is no identity (see evaluate.ts).
    for (let i = 0; i < 2; i++) {
      const id = await approvedPlan(bot, [UNLISTED], { from: '2026-12-21', to: '2026-12-23' });
      const request = await json<{ findings: { code: string }[] }>(await get(bot, `/api/v1/requests/${id}`));
      const codes = request.findings.map((f) => f.code);
      expect(codes).toContain('ENTERPRISE_UNLISTED');
      expect(codes).not.toContain('CAP_REACHED');
    }
    const visits = await visitsOf(bot, 'JC-2026-0003');
    expect(visits).toEqual([expect.objectContaining({ enterprise: { name: UNLISTED, uscc: null } })]);
    // The pages that read every visit take it too.
    expect((await fetch(`${bot.url}/public`)).status).toBe(200);
  });
});
