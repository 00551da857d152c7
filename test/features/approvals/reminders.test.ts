import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../../../db/schema/index.js';
import { runApprovalReminders } from '../../../src/features/approvals/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import { approverCard, planBody, submitPlan, toastOf, USCC } from './support.js';

/** Bureau time, UTC+8. */
const at = (local: string) => new Date(`${local}+08:00`);

let now = at('2026-11-26T10:00:00');
let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => now });
});
afterAll(() => bot?.close());

async function urgentCount(openId: string, id: string): Promise<number> {
  const card = await approverCard(bot, openId, id);
  return card.urgent ? 1 : 0;
}

describe('automatic reminders after working hours', () => {
  let id = '';

  it('waits for 8 working hours by default, counting Mon–Fri 09:00–17:00 only', async () => {
    const { json } = await submitPlan(bot, planBody({ enterprises: [USCC.coal] }));
    id = String(json.id);
    now = at('2026-11-26T17:00:00');
    expect(await runApprovalReminders(bot.runtime.services)).toEqual({ reminded: [], reassigned: [] });
    expect(await urgentCount('ou_demo_air_head', id)).toBe(0);
    now = at('2026-11-27T10:00:00');
    expect(await runApprovalReminders(bot.runtime.services)).toEqual({ reminded: [id], reassigned: [] });
    expect(await urgentCount('ou_demo_air_head', id)).toBe(1);
    expect(await runApprovalReminders(bot.runtime.services)).toEqual({ reminded: [], reassigned: [] });
    const audit = await auditFor(bot.store.db, 'approval', id);
    expect(audit.filter((a) => a.action === 'approval.reminded').map((a) => a.actor)).toEqual(['system']);
  });

  it('skips the weekend and honours the configured number of hours', async () => {
    now = at('2026-11-30T09:59:00');
    expect((await runApprovalReminders(bot.runtime.services)).reminded).toEqual([]);
    now = at('2026-11-30T10:00:00');
    expect((await runApprovalReminders(bot.runtime.services)).reminded).toEqual([id]);
    await bot.store.write((tx) =>
      tx.insert(settings).values({ key: 'approval.remindAfterWorkingHours', value: '2' }),
    );
    now = at('2026-11-30T11:59:00');
    expect((await runApprovalReminders(bot.runtime.services)).reminded).toEqual([]);
    now = at('2026-11-30T12:00:00');
    expect((await runApprovalReminders(bot.runtime.services)).reminded).toEqual([id]);
  });
});

describe('催办 by the applicant', () => {
  it('buzzes at most once an hour', async () => {
    now = at('2026-12-01T09:00:00');
    const { json } = await submitPlan(
      bot,
      planBody({ enterprises: [USCC.cement], methods: ['document-review'] }),
    );
    const id = String(json.id);
    const remind = () => bot.click('ou_demo_air_officer', { action: 'approval.remind', id });
    expect(toastOf(await remind())).toBe('已提醒大气环境科负责人（示例）尽快审批。');
    now = at('2026-12-01T09:59:00');
    expect(await remind()).toMatchObject({
      toast: { type: 'warning', content: '您已于2026-12-01 09:00催办过，每小时最多催办一次，请稍后再试。' },
    });
    now = at('2026-12-01T10:00:00');
    expect(toastOf(await remind())).toBe('已提醒大气环境科负责人（示例）尽快审批。');
    const audit = await auditFor(bot.store.db, 'approval', id);
    expect(audit.filter((a) => a.action === 'approval.buzzed')).toHaveLength(2);
    expect(await urgentCount('ou_demo_air_head', id)).toBe(1);
  });
});
