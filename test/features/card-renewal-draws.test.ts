import { afterEach, describe, expect, it } from 'vitest';
import { outbox, settings } from '../../db/schema/index.js';
import { SUPERSEDED_NOTE } from '../../cards/kit.js';
import { loadDirectory, replaceDirectory } from '../../src/directory/directory-repo.js';
import { listDrawResults } from '../../src/features/draws/index.js';
import type { FakeLark, FakeMessage } from '../support/fake-lark.js';
import type { Bot } from '../support/harness.js';
import { actionValue, clickCard, startClockedBot } from '../support/working-cards.js';
import { approveAll, DRAW, json, withLuchengOfficers } from './draws/support.js';

const HEAD = 'ou_demo_lucheng_head';
/** 2026-11-26 10:00 in Changzhi (day 0); the drawn inspections run 11-27..11-30. */
const START = Date.parse('2026-11-26T02:00:00Z');
const DAY = 86_400_000;

interface DrawBody {
  id: string;
  publishDue: string;
  assignments: { uscc: string; name: string; requestId: string; inspectors: { openId: string }[] }[];
}

let env: Awaited<ReturnType<typeof startClockedBot>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** The person's 登记抽查结果 forms that, as they stand now, still offer the enterprise. */
function formsOffering(fake: FakeLark, openId: string, subject: string): FakeMessage[] {
  return fake
    .sentTo(openId)
    .filter(
      (m) =>
        m.msgType === 'interactive' &&
        m.content.includes('"action":"draw.record"') &&
        m.content.includes(`"value":"${subject}"`),
    );
}

/** The one form for the enterprise Lark still takes clicks on; fails when there are none or several. */
function workingForm(fake: FakeLark, openId: string, subject: string): FakeMessage {
  const forms = formsOffering(fake, openId, subject);
  expect(
    forms.map((m) => fake.cards.takesClicks(m)),
    `${openId} ${subject}`,
  ).toEqual([true]);
  return forms[0]!;
}

/** A clocked bot with one drawn, approved inspection, and the settings given. */
async function oneApprovedDraw(setup: Record<string, string>) {
  env = await startClockedBot(START);
  const { bot } = env;
  await withLuchengOfficers(bot);
  await withLarkOpenIds(bot);
  await bot.store.write((tx) =>
    tx.insert(settings).values(Object.entries(setup).map(([key, value]) => ({ key, value }))),
  );
  const body = await json<DrawBody>(await bot.post('/api/v1/draws', { ...DRAW, count: 1 }));
  const item = body.assignments[0]!;
  await approveAll(bot, item.requestId);
  await bot.settle();
  return { ...env, body, item, subject: `${body.id}|${item.uscc}` };
}

/** Lark's open_ids are word characters: the officers' `ou_lc-o1` becomes `ou_lc_o1`. */
async function withLarkOpenIds(bot: Bot): Promise<void> {
  const dir = (await loadDirectory(bot.store.db))!;
  const people = dir.people.map((p) => ({ ...p, openId: p.openId.replace(/-/g, '_') }));
  await replaceDirectory(bot.store, { ...dir, people }, 'test');
}

async function say(bot: Bot, openId: string, text: string): Promise<void> {
  await bot.sendText(openId, text);
  await bot.settle();
}

async function noStuckMessages(bot: Bot): Promise<void> {
  const rows = await bot.store.db.select().from(outbox);
  expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.kind, r.status, r.lastError])).toEqual([]);
}

describe('draw result forms that outlive Lark’s 14 days', () => {
  it('keeps one working form per holder for 20 days, and a result entered on day 20 closes every form', async () => {
    // Due 2026-12-14, so the publication reminder falls on day 13 as well.
    const { bot, fake, clock, body, item, subject } = await oneApprovedDraw({
      'draws.publishWithinWorkingDays': '10',
    });
    expect(body.publishDue).toBe('2026-12-14');
    const [first, second] = item.inspectors.map((i) => i.openId) as [string, string];
    await say(bot, HEAD, '我的待办');
    await say(bot, first, '登记抽查结果');
    await say(bot, second, '我的待办');
    const holders = [HEAD, first, second];
    for (const openId of holders) workingForm(fake, openId, subject);
    expect(fake.sentTo(HEAD).some((m) => m.content.includes('待登记的双随机抽查结果'))).toBe(true);

    for (let day = 1; day <= 20; day++) {
      clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
      for (const openId of holders) workingForm(fake, openId, subject);
    }
    // Renewed once 12 days had passed (for the head, by the reminder on day 13): the first forms are records.
    const firstForm = fake.sentTo(first).find((m) => m.content.includes(SUPERSEDED_NOTE));
    expect(firstForm).toBeDefined();
    expect(fake.sentTo(HEAD).filter((m) => m.content.includes('抽查结果公开提醒'))).toHaveLength(1);

    // The head recalls their form: the patch it would get is refused (230011) and settled, not retried.
    fake.cards.recall(workingForm(fake, HEAD, subject).messageId);
    const form = workingForm(fake, first, subject);
    const answer = await clickCard(bot, fake, first, form, actionValue(form, 'draw.record'), {
      item: subject,
      outcome: 'no-issue',
      inspectedOn: '2026-11-28 +0800',
    });
    expect(answer.toast).toEqual({ type: 'success', content: `${item.name}的抽查结果已公开。` });
    await bot.settle();
    const working = (openId: string) =>
      formsOffering(fake, openId, subject).filter((m) => fake.cards.takesClicks(m));
    for (const openId of holders) expect(working(openId)).toEqual([]);
    const settled = (await bot.store.db.select().from(outbox)).filter((r) =>
      /230011/.test(r.lastError ?? ''),
    );
    expect(settled.map((r) => [r.kind, r.status, r.recipient])).toEqual([['patch', 'sent', HEAD]]);
    expect(fake.sentTo(second).some((m) => m.content.includes('本卡片无待登记事项'))).toBe(true);
    expect(await listDrawResults(bot.store.db)).toMatchObject([
      { drawId: body.id, uscc: item.uscc, inspectedOn: '2026-11-28' },
    ]);

    // Nothing is renewed once nothing waits, and nothing is stuck or dead.
    for (let day = 21; day <= 30; day++) {
      clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
    }
    for (const openId of holders) expect(working(openId)).toEqual([]);
    await noStuckMessages(bot);
  });

  it('a reminder due on day 13 on an older form replaces it with a fresh one', async () => {
    const { bot, fake, clock, subject } = await oneApprovedDraw({
      'draws.publishWithinWorkingDays': '10',
      'cards.refreshAfterDays': '13',
    });
    await say(bot, HEAD, '登记抽查结果');
    const original = workingForm(fake, HEAD, subject);
    for (let day = 1; day <= 12; day++) {
      clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
    }
    expect(workingForm(fake, HEAD, subject).messageId).toBe(original.messageId);
    clock.now = START + 13 * DAY;
    await bot.runtime.scheduler.tick();
    await bot.settle();
    const fresh = workingForm(fake, HEAD, subject);
    expect(fresh.messageId).not.toBe(original.messageId);
    expect(fresh.content).toContain('抽查结果公开提醒');
    expect(original.content).toContain(SUPERSEDED_NOTE);
    // Day 14 and later: the renewal leaves the fresh form alone, the old one is not touched again.
    for (let day = 14; day <= 20; day++) {
      clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
      expect(workingForm(fake, HEAD, subject).messageId).toBe(fresh.messageId);
    }
    await noStuckMessages(bot);
  });
});
