import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERSEDED_NOTE } from '../../cards/kit.js';
import { outbox } from '../../db/schema/index.js';
import type { FakeLark } from '../support/fake-lark.js';
import type { Bot } from '../support/harness.js';
import {
  actionValue,
  cardsWithAction,
  clickCard,
  startClockedBot,
  workingCard,
} from '../support/working-cards.js';
import { AIR_OFFICER, call, LUCHENG_HEAD, warningBody } from './prevention/support.js';

const START = Date.parse('2026-11-26T01:00:00Z');
const DAY = 86_400_000;

let env: Awaited<ReturnType<typeof startClockedBot>>;
let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  env = await startClockedBot(START);
  ({ fake, bot } = env);
});
afterAll(() => env?.close());

async function tickTo(day: number): Promise<void> {
  env.clock.now = START + day * DAY;
  await bot.runtime.scheduler.tick();
  await bot.settle();
}

async function press(id: string, action: string): Promise<string> {
  const card = workingCard(fake, LUCHENG_HEAD, action, id);
  const answer = await clickCard(bot, fake, LUCHENG_HEAD, card, actionValue(card, action));
  await bot.settle();
  const toast = answer.toast as { type?: string; content?: string };
  expect(toast.type, JSON.stringify(toast)).toBe('success');
  return toast.content ?? '';
}

describe('a warning followed over 30 days', () => {
  it('keeps the branch head one working card, and is acknowledged and resolved on day 30', async () => {
    const sent = await call(bot, '/api/v1/warnings', warningBody());
    expect(sent.status).toBe(201);
    const id = String(sent.json.id);
    await bot.settle();
    const first = workingCard(fake, LUCHENG_HEAD, 'prevention.acknowledge', id);

    for (let day = 1; day <= 30; day++) {
      await tickTo(day);
      workingCard(fake, LUCHENG_HEAD, 'prevention.acknowledge', id);
      if (day === 5) {
        // 「我的待办」 answers with a fresh card, and the one it replaces becomes a record.
        const before = workingCard(fake, LUCHENG_HEAD, 'prevention.acknowledge', id);
        await bot.sendText(LUCHENG_HEAD, '我的待办');
        await bot.settle();
        const fresh = workingCard(fake, LUCHENG_HEAD, 'prevention.acknowledge', id);
        expect(fresh.messageId).not.toBe(before.messageId);
        expect(before.content).toContain(SUPERSEDED_NOTE);
        expect(fake.sentTo(LUCHENG_HEAD).some((m) => m.content.includes('待跟进的预警提醒'))).toBe(true);
      }
    }
    // The first card was replaced long ago and Lark no longer takes clicks on it.
    expect(first.content).toContain(SUPERSEDED_NOTE);
    expect(fake.cards.takesClicks(first)).toBe(false);
    const renewals = await bot.store.client.execute({
      sql: "SELECT count(*) AS n FROM audit_log WHERE action = 'warning.card-renewed' AND entity_id = ?",
      args: [id],
    });
    // The card 「我的待办」 gave on day 5 was renewed once 12 days had passed.
    expect(Number(renewals.rows[0]?.n)).toBe(1);

    expect(await press(id, 'prevention.acknowledge')).toBe('已确认知悉。');
    workingCard(fake, LUCHENG_HEAD, 'prevention.resolve', id);
    expect(cardsWithAction(fake, LUCHENG_HEAD, 'prevention.acknowledge', id)).toEqual([]);
    expect(await press(id, 'prevention.resolve')).toBe('已标记风险消除。');
    expect(cardsWithAction(fake, LUCHENG_HEAD, 'prevention.resolve', id)).toEqual([]);
    const [row] = (await call(bot, `/api/v1/warnings?status=resolved`)).json.warnings as { id: string }[];
    expect(row?.id).toBe(id);
    expect(fake.sentTo(AIR_OFFICER).some((m) => m.content.includes(`${id}`))).toBe(true);

    // A closed warning's cards are no longer renewed; nothing is stuck or dead.
    const aboutIt = () => fake.sentTo(LUCHENG_HEAD).filter((m) => m.content.includes(id)).length;
    const sentBefore = aboutIt();
    for (let day = 31; day <= 45; day++) await tickTo(day);
    expect(aboutIt()).toBe(sentBefore);
    await bot.sendText(LUCHENG_HEAD, '我的待办');
    await bot.settle();
    expect(cardsWithAction(fake, LUCHENG_HEAD, 'prevention.resolve', id)).toEqual([]);
    const rows = await bot.store.db.select().from(outbox);
    expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.kind, r.status, r.lastError])).toEqual([]);
  });
});
