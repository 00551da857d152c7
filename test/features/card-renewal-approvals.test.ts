import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, settings } from '../../db/schema/index.js';
import { renewAgingApprovalCards, runApprovalReminders } from '../../src/features/approvals/index.js';
import type { FakeLark } from '../support/fake-lark.js';
import type { Bot } from '../support/harness.js';
import {
  actionValue,
  cardsWithAction,
  clickCard,
  contentOf,
  startClockedBot,
  workingCard,
} from '../support/working-cards.js';
import { planBody, submitPlan, USCC } from './approvals/support.js';

const APPROVER = 'ou_demo_air_head';
const APPLICANT = 'ou_demo_air_officer';
const START = Date.parse('2026-11-26T02:00:00Z');
const DAY = 86_400_000;
const SUPERSEDED = '此卡片已更新，请在最新卡片中办理';

let env: Awaited<ReturnType<typeof startClockedBot>>;
let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  env = await startClockedBot(START);
  ({ fake, bot } = env);
});
afterAll(() => env?.close());

async function newRequest(uscc: string): Promise<string> {
  const { status, json } = await submitPlan(bot, planBody({ enterprises: [uscc] }));
  expect(status, JSON.stringify(json)).toBe(201);
  await bot.settle();
  return String(json.id);
}

async function outboxRows() {
  await bot.settle();
  return bot.store.db.select().from(outbox);
}

/** Nothing stuck, nothing dead: every row the bot wrote is settled. */
async function expectOutboxSettled(): Promise<void> {
  const rows = await outboxRows();
  expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.kind, r.status, r.lastError])).toEqual([]);
}

const texts = (m: { content: string }) => JSON.stringify(contentOf(m as never));

describe('an approval left 20 days', () => {
  it('keeps one working approver card and one working applicant card every day, then decides on day 20', async () => {
    env.clock.now = START;
    const id = await newRequest(USCC.coal);
    for (let day = 1; day <= 20; day++) {
      env.clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
      workingCard(fake, APPROVER, 'approval.decide', id);
      workingCard(fake, APPLICANT, 'approval.remind', id);
    }
    // Renewed on day 12: the first card became a record while Lark still took the patch.
    const sent = fake.sentTo(APPROVER).filter((m) => m.msgType === 'interactive' && m.content.includes(id));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(texts(sent[0]!)).toContain(SUPERSEDED);
    const card = workingCard(fake, APPROVER, 'approval.decide', id);
    expect(card.urgentTo).toContain(APPROVER);
    const answer = await clickCard(bot, fake, APPROVER, card, actionValue(card, 'approval.decide', '同意'));
    expect(answer.toast).toMatchObject({ type: 'success' });
    await bot.settle();
    expect(cardsWithAction(fake, APPROVER, 'approval.decide', id)).toEqual([]);
    await expectOutboxSettled();
  });
});

describe('a reminder on day 13', () => {
  it('sends a fresh card, turns the old one into a record and buzzes the fresh one', async () => {
    env.clock.now = START + 30 * DAY;
    const id = await newRequest(USCC.cement);
    const first = workingCard(fake, APPROVER, 'approval.decide', id);
    env.clock.now += 13 * DAY;
    expect((await runApprovalReminders(bot.runtime.services)).reminded).toContain(id);
    await bot.settle();
    const fresh = workingCard(fake, APPROVER, 'approval.decide', id);
    expect(fresh.messageId).not.toBe(first.messageId);
    expect(fresh.urgentTo).toEqual([APPROVER]);
    expect(first.urgentTo).toEqual([]);
    expect(texts(first)).toContain(SUPERSEDED);
    await expectOutboxSettled();
  });
});

describe('a click on the old card that still arrives', () => {
  it('is handled as before: the first decision wins, the later one is told who decided', async () => {
    env.clock.now = START + 60 * DAY;
    const id = await newRequest(USCC.foundry);
    const old = workingCard(fake, APPROVER, 'approval.decide', id);
    const oldValue = actionValue(old, 'approval.decide', '同意');
    env.clock.now += 12 * DAY + 3_600_000;
    // Two instances renewing at once: the conditional update lets one of them send the fresh card.
    const runs = await Promise.all([
      renewAgingApprovalCards(bot.runtime.services),
      renewAgingApprovalCards(bot.runtime.services),
    ]);
    expect(runs.flatMap((r) => r.approver).filter((ref) => ref.includes(id))).toHaveLength(1);
    expect(runs.flatMap((r) => r.applicant).filter((ref) => ref.includes(id))).toHaveLength(1);
    await bot.settle();
    const fresh = workingCard(fake, APPROVER, 'approval.decide', id);
    const freshValue = actionValue(fresh, 'approval.decide', '驳回');
    expect(texts(old)).toContain(SUPERSEDED);
    // The old card's click arrives anyway (a retried callback, a client that had not refreshed).
    const first = await bot.click(APPROVER, oldValue, { openMessageId: old.messageId });
    expect(first.toast).toMatchObject({ type: 'success' });
    const later = await clickCard(bot, fake, APPROVER, fresh, freshValue);
    expect(JSON.stringify(later.toast)).toContain('大气环境科负责人');
    await expectOutboxSettled();
  });
});

describe('patches Lark refuses because a card is too old or was recalled', () => {
  it('are recorded and settled: no retry, no dead letter, nothing behind them held up', async () => {
    env.clock.now = START + 100 * DAY;
    const id = await newRequest(USCC.ceramics);
    const card = workingCard(fake, APPROVER, 'approval.decide', id);
    const applicantCard = workingCard(fake, APPLICANT, 'approval.remind', id);
    fake.cards.recall(applicantCard.messageId);
    // Nobody renewed the cards (no scheduler ran): on day 15 the approver card is past Lark's 14 days.
    env.clock.now += 15 * DAY;
    await bot.sendText(APPLICANT, `撤回 ${id}`);
    const rows = await outboxRows();
    const refused = rows.filter((r) => r.kind === 'patch' && r.target.includes(id) && r.lastError);
    expect(refused.map((r) => r.lastError?.match(/2300\d\d/)?.[0]).sort()).toEqual(['230011', '230031']);
    expect(refused.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    const patches = fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(card.messageId));
    expect(patches).toHaveLength(1);
    // The text after the refused patches still reached the applicant.
    const notice = fake.sentTo(APPLICANT).at(-1);
    expect(notice?.content).toContain('已撤回');
    expect(await bot.store.db.select().from(outbox).where(eq(outbox.status, 'dead'))).toEqual([]);
  });
});

describe('the setting cards.refreshAfterDays', () => {
  it('renews after the configured days; a value Lark would outlive is ignored', async () => {
    await bot.store.write((tx) => tx.insert(settings).values({ key: 'cards.refreshAfterDays', value: '5' }));
    env.clock.now = START + 200 * DAY;
    const id = await newRequest(USCC.sewage);
    env.clock.now += 4 * DAY;
    expect(
      (await renewAgingApprovalCards(bot.runtime.services)).approver.filter((r) => r.includes(id)),
    ).toEqual([]);
    env.clock.now += DAY + 1;
    expect(
      (await renewAgingApprovalCards(bot.runtime.services)).approver.filter((r) => r.includes(id)),
    ).toHaveLength(1);
    await bot.settle();
    await bot.store.write((tx) =>
      tx.update(settings).set({ value: '20' }).where(eq(settings.key, 'cards.refreshAfterDays')),
    );
    env.clock.now += 12 * DAY + 1;
    expect(
      (await renewAgingApprovalCards(bot.runtime.services)).approver.filter((r) => r.includes(id)),
    ).toHaveLength(1);
    await bot.settle();
    workingCard(fake, APPROVER, 'approval.decide', id);
  });
});
