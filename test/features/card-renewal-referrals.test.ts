import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { bureauToday } from '../../src/time.js';
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
import { getReferral, postReferral } from './referrals/flow.js';
import { formDefaults } from './referrals/helpers.js';

const HEAD = 'ou_demo_lucheng_head';
const OFFICER = 'ou_demo_lucheng_officer';
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

type Phase = 'decide' | 'stage' | 'done';

/** Who must hold a working card in each phase, and the action it carries. */
const HOLDERS: Record<Phase, [string, string][]> = {
  decide: [[HEAD, 'referral.accept']],
  stage: [
    [HEAD, 'referral.advance'],
    [OFFICER, 'referral.advance'],
  ],
  done: [],
};

function expectOneWorkingCardEach(id: string, phase: Phase): void {
  for (const [openId, action] of HOLDERS[phase]) workingCard(fake, openId, action, id);
  if (phase === 'done') {
    for (const openId of [HEAD, OFFICER])
      expect(cardsWithAction(fake, openId, 'referral.advance', id)).toEqual([]);
  }
}

/** Fills the working card's form as Lark submits it and checks the bot took it. */
async function act(
  openId: string,
  action: string,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  const card = workingCard(fake, openId, action, id);
  const formValue = { ...formDefaults(contentOf(card)), ...values };
  const answer = await clickCard(bot, fake, openId, card, actionValue(card, action), formValue);
  expect((answer.toast as { type?: string }).type, JSON.stringify(answer.toast)).toBe('success');
  await bot.settle();
}

describe('a referral carried through every stage over 90 days', () => {
  it('always leaves the head and the handler one working card each, with nothing stuck or dead', async () => {
    const id = String((await postReferral(bot, { toUnit: 'lucheng' })).id);
    const deadline = bureauToday(new Date(START + 80 * DAY));
    const steps: Record<number, [string, string, Record<string, unknown>, Phase]> = {
      5: [HEAD, 'referral.accept', { handler: 'lucheng-officer' }, 'stage'],
      20: [OFFICER, 'referral.advance', { caseNumber: '长环罚立〔2026〕201号' }, 'stage'],
      35: [
        OFFICER,
        'referral.advance',
        { outcome: 'penalty', note: '依法予以处罚。', penaltyAmount: '50000' },
        'stage',
      ],
      50: [HEAD, 'referral.advance', { measures: '更换除尘布袋。', deadline }, 'stage'],
      85: [OFFICER, 'referral.advance', { conclusion: 'passed', note: '整改到位。' }, 'stage'],
      90: [OFFICER, 'referral.advance', { closingNote: '予以销号。' }, 'done'],
    };
    let phase: Phase = 'decide';
    expectOneWorkingCardEach(id, phase);
    for (let day = 1; day <= 90; day++) {
      env.clock.now = START + day * DAY;
      await bot.runtime.scheduler.tick();
      await bot.settle();
      expectOneWorkingCardEach(id, phase);
      const step = steps[day];
      if (step) {
        const [openId, action, values, next] = step;
        await act(openId, action, id, values);
        phase = next;
        expectOneWorkingCardEach(id, phase);
      }
    }
    const json = await getReferral(bot, id);
    expect(json.status).toBe('closed');
    // Overdue from day 81 to 85: each day's overdue card replaced the one before it.
    const history = json.history as { kind: string }[];
    expect(history.filter((e) => e.kind === 'overdue')).toHaveLength(5);
    const rows = await bot.store.db.select().from(outbox);
    expect(rows.filter((r) => r.status !== 'sent').map((r) => [r.kind, r.status, r.lastError])).toEqual([]);
  });
});
