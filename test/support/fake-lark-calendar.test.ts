// The fake's Calendar v4 through the real SDK: the shapes the bot relies on, and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LarkQuietCalendar } from '../../src/lark/lark-calendar.js';
import { createLarkClient } from '../../src/lark/lark-client.js';
import { createLogger } from '../../src/log.js';
import { SendError } from '../../src/outbox/messenger.js';
import { startFakeLark, type FakeLark } from './fake-lark.js';

let fake: FakeLark;
let client: ReturnType<typeof createLarkClient>;
let calendar: LarkQuietCalendar;
const DAY = {
  summary: '企业安静期·屯留区',
  description: '依据文件：通知',
  from: '2027-01-01',
  to: '2027-01-20',
};

beforeAll(async () => {
  fake = await startFakeLark({
    appId: 'cli_calendar_test',
    appSecret: 'calendar-secret',
    limits: { appPerSecond: 8 },
  });
  client = createLarkClient(
    { appId: fake.appId, appSecret: fake.appSecret, domain: fake.url },
    createLogger('silent'),
  );
  calendar = new LarkQuietCalendar(client);
});
afterAll(() => fake.close());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: unknown) => (err instanceof SendError ? err.larkCode : err),
  );

describe('Calendar v4 on the fake Lark', () => {
  it('creates a shared calendar and all-day events, lists, patches and deletes them', async () => {
    const id = await calendar.createCalendar('企业安静期', '说明');
    expect(id).toMatch(/@group\.calendar\.feishu\.cn$/);
    const eventId = await calendar.createEvent(id, DAY, '00000000-0000-0000-0000-000000000001');
    // The same idempotency key answers the event it made.
    expect(await calendar.createEvent(id, DAY, '00000000-0000-0000-0000-000000000001')).toBe(eventId);
    expect(await calendar.listEvents(id)).toEqual([{ eventId, ...DAY }]);
    await calendar.patchEvent(id, eventId, { ...DAY, to: '2027-01-10' });
    expect((await calendar.listEvents(id))[0]?.to).toBe('2027-01-10');
    await calendar.deleteEvent(id, eventId);
    expect(await calendar.listEvents(id)).toEqual([]);
    expect(await codeOf(calendar.deleteEvent(id, eventId))).toBe(193003);
    expect(await codeOf(calendar.patchEvent(id, 'nope_0', DAY))).toBe(193001);
  });

  it('refuses what the platform refuses', async () => {
    const id = await calendar.createCalendar('企业安静期', '说明');
    expect(await codeOf(calendar.listEvents('not-a-calendar'))).toBe(191001);
    expect(await codeOf(calendar.listEvents('feishu.cn_missing@group.calendar.feishu.cn'))).toBe(191000);
    expect(await codeOf(calendar.createEvent(id, { ...DAY, to: '2026-12-31' }, 'k1'))).toBe(190002);
    expect(await codeOf(calendar.createEvent(id, { ...DAY, from: '2027-02-30' }, 'k2'))).toBe(190002);
    const missing = client.calendar.calendarEvent.create({
      path: { calendar_id: id },
      data: { summary: 'x', start_time: { date: '2027-01-01' } } as never,
    });
    expect(
      await missing.then(
        () => 0,
        (e: { response?: { data?: { code?: number } } }) => e.response?.data?.code,
      ),
    ).toBe(190002);
    expect(await codeOf(calendar.createCalendar('长'.repeat(256), ''))).toBe(190002);
  });

  it('limits the app’s calls a second, answering 429 with the reset header', async () => {
    // The earlier tests' calls have left the one-second window.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const id = await calendar.createCalendar('企业安静期', '说明');
    const errors = await Promise.all(
      Array.from({ length: 12 }, () =>
        calendar.listEvents(id).then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    const limited = errors.filter((e) => e instanceof SendError && e.larkCode === 190005) as SendError[];
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ retryable: true, retryAfterMs: expect.any(Number) });
    const calls = fake.requests.filter((r) => r.path.endsWith('/events')).length;
    expect(calls).toBeGreaterThanOrEqual(12);
  });
});
