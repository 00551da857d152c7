import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../support/harness.js';
import {
  COKING,
  CHEMICAL,
  decide,
  planBody,
  requestState,
  submitPlan,
  TODAY_10AM,
} from './support/approvals.js';
import { expectNoSecrets, expectSoundDatabase } from './support/checks.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot.settle();
  await bot.close();
});

const toastType = (answer: Record<string, unknown>) => (answer.toast as { type?: string } | undefined)?.type;

describe('200 concurrent clicks on one approval step', () => {
  it('makes one decision and sends one next card', async () => {
    const id = await submitPlan(bot, planBody(COKING));
    await bot.settle();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => bot.click('ou_demo_air_head', decide(id, 0, 'approve'))),
    );
    await bot.settle();

    expect(answers.filter((a) => toastType(a) === 'success')).toHaveLength(1);
    expect(answers.filter((a) => toastType(a) === 'info')).toHaveLength(199);
    const state = await requestState(bot, id);
    expect(state.steps.map((s) => s.status)).toEqual(['approved', 'pending']);
    expect(state.decisions).toHaveLength(1);
    expect(state.audits.filter((a) => a === 'approval.step-approved')).toHaveLength(1);
    const toDeputy = state.cards.filter((c) => c.recipient === 'ou_demo_deputy_2');
    expect(toDeputy).toHaveLength(1);
  });

  it('lets exactly one of 200 racing approve / return / reject clicks win', async () => {
    const id = await submitPlan(bot, planBody(CHEMICAL));
    await bot.settle();
    const choices = ['approve', 'return', 'reject'] as const;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        bot.click('ou_demo_air_head', decide(id, 0, choices[i % 3]!), {
          formValue: { comment: '请补充材料。' },
        }),
      ),
    );
    await bot.settle();

    expect(answers.filter((a) => toastType(a) === 'success')).toHaveLength(1);
    const state = await requestState(bot, id);
    expect(state.decisions).toHaveLength(1);
    const winner = state.decisions[0]!.action;
    const stepStatus = { approve: 'approved', return: 'returned', reject: 'rejected' }[winner as string];
    expect(state.steps[0]!.status).toBe(stepStatus);
    expect(state.steps[1]!.status).toBe(winner === 'approve' ? 'pending' : 'waiting');
    expect(state.cards.filter((c) => c.recipient === 'ou_demo_deputy_2')).toHaveLength(
      winner === 'approve' ? 1 : 0,
    );
  });

  it('leaves a sound database and no secret in the log', async () => {
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs);
  });
});
