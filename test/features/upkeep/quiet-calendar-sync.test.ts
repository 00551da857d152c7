// LARK_QUIET_CALENDAR=1: the shared calendar 「企业安静期」 on the fake Lark follows what is entered,
// ended and removed in chat, through the outbox; a failing Feishu never holds the upkeep up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuietPeriods } from '../../../src/directory/directory-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { ADMIN, COMPLAINT, DEADLINE, NOTICE, TUNLIU_FORM } from './support.js';
import { TODAY_10AM } from '../approvals/support.js';

const TITLE = '企业安静期';

let fake: FakeLark;
let bot: Bot;
let now = TODAY_10AM;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => now, env: { LARK_QUIET_CALENDAR: '1' } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

type Answer = { toast?: { type: string; content: string } };
const click = (action: string, formValue: Record<string, unknown>) =>
  bot.click(ADMIN, { action }, { formValue }) as Promise<Answer>;

const tunliu = () => fake.calendarEvents(TITLE).filter((e) => e.summary.includes('屯留区'));
const spans = () => tunliu().map((e) => `${e.start_time.date}..${e.end_time.date}`);

async function rowOf(basis: string): Promise<string> {
  const r = await bot.store.client.execute({
    sql: 'SELECT id FROM quiet_periods WHERE basis = ?',
    args: [basis],
  });
  return String(r.rows[0]?.id);
}

async function calendarSyncs() {
  const r = await bot.store.client.execute(
    "SELECT status, attempts, last_error FROM outbox WHERE kind = 'calendar-sync' ORDER BY id",
  );
  return r.rows;
}

describe('the shared calendar 企业安静期', () => {
  it('is created once and holds one all-day event per run of quiet days, a year ahead', async () => {
    expect((await click('upkeep.quiet', TUNLIU_FORM)).toast?.type).toBe('success');
    await bot.settle();
    await fake.waitFor(() => tunliu().length > 0, 10_000);
    const calendars = [...fake.calendars.calendars.values()];
    expect(calendars).toHaveLength(1);
    expect(calendars[0]).toMatchObject({ summary: TITLE, permissions: 'public', type: 'shared' });
    // 2026-11-26 plus a year reaches 2027-11-26: January to November of the monthly notice.
    expect(spans()).toEqual(
      Array.from({ length: 11 }, (_, i) => {
        const m = String(i + 1).padStart(2, '0');
        return `2027-${m}-01..2027-${m}-20`;
      }),
    );
    const [first] = tunliu();
    expect(first).toMatchObject({
      summary: '企业安静期·屯留区（规模以上工业企业）',
      free_busy_status: 'free',
      start_time: { date: '2027-01-01', timezone: 'UTC' },
    });
    expect(first?.description).toContain(`依据文件：${NOTICE}`);
    expect(first?.description).toContain(`1. ${COMPLAINT}\n2. ${DEADLINE}`);
    expect(first?.description).toContain('企业类别：规模以上工业企业（未登记类别的企业按适用处理）');
    // The demo calendar's own periods are there as well.
    expect(fake.calendarEvents(TITLE).some((e) => e.start_time.date === '2026-12-01')).toBe(true);
    // A second sync changes nothing: no new calendar, no duplicate event.
    const before = fake.calendarEvents(TITLE).map((e) => e.event_id);
    now = new Date(now.getTime() + 21 * 3_600_000);
    await bot.runtime.scheduler.tick();
    await bot.settle();
    expect(fake.calendarEvents(TITLE).map((e) => e.event_id)).toEqual(before);
    expect(fake.calendars.calendars.size).toBe(1);
  });

  it('follows a period ended early (patched, then deleted) and one removed', async () => {
    const june = tunliu().find((e) => e.start_time.date === '2027-06-01');
    const ended = await click('upkeep.quietChange', {
      period: await rowOf(NOTICE),
      change: 'end',
      lastDay: '2027-06-15 +0800',
      reason: '通知调整',
    });
    expect(ended.toast?.type).toBe('success');
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 6, 10_000);
    expect(spans().at(-1)).toBe('2027-06-01..2027-06-15');
    expect(tunliu().at(-1)?.event_id).toBe(june?.event_id);
    expect(tunliu().at(-1)?.description).toContain('2027-01-01至2027-06-15有效');

    await click('upkeep.quietChange', { period: await rowOf(NOTICE), change: 'remove', reason: '误登记' });
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 0, 10_000);
  });

  it('lets the upkeep succeed while Feishu fails, and syncs when it answers again', async () => {
    fake.failNext(2, {
      status: 500,
      code: 190003,
      msg: 'internal service error',
      pathPrefix: '/open-apis/calendar',
    });
    const answer = await click('upkeep.quiet', TUNLIU_FORM);
    expect(answer.toast).toEqual({ type: 'success', content: '安静期已设置。' });
    expect((await loadQuietPeriods(bot.store.db)).some((p) => p.basis === NOTICE)).toBe(true);
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 11, 10_000);
    // The events land before the outbox row is marked sent: wait for the row too.
    let last = (await calendarSyncs()).at(-1);
    for (let tries = 0; last?.status !== 'sent' && tries < 500; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      last = (await calendarSyncs()).at(-1);
    }
    expect(last).toMatchObject({ status: 'sent' });
    expect(Number(last?.attempts)).toBeGreaterThanOrEqual(2);
  });

  it('repairs drift on the periodic check: events deleted or edited by hand, a calendar deleted', async () => {
    const [gone, edited] = tunliu();
    gone!.status = 'cancelled';
    edited!.summary = '改过的标题';
    now = new Date(now.getTime() + 21 * 3_600_000);
    await bot.runtime.scheduler.tick();
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 11, 10_000);
    expect(tunliu().every((e) => e.summary === '企业安静期·屯留区（规模以上工业企业）')).toBe(true);

    const [calendar] = fake.calendars.calendars.values();
    calendar!.is_deleted = true;
    now = new Date(now.getTime() + 21 * 3_600_000);
    await bot.runtime.scheduler.tick();
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 11, 10_000);
    expect([...fake.calendars.calendars.values()].filter((c) => !c.is_deleted)).toHaveLength(1);
  });

  it('notices a change made by importing a file, without waiting a day', async () => {
    await bot.store.client.execute({ sql: 'DELETE FROM quiet_periods WHERE basis = ?', args: [NOTICE] });
    await bot.runtime.scheduler.tick();
    await bot.settle();
    await fake.waitFor(() => tunliu().length === 0, 10_000);
  });
});
