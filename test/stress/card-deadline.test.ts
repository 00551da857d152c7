import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { PROCESSING_TEXT } from '../../src/app/card-deadline.js';
import { randomUUID } from 'node:crypto';
import { startBot, type Bot } from '../support/harness.js';
import { COKING, decide, planBody, requestState, submitPlan, TODAY_10AM } from './support/approvals.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot.settle();
  await bot.close();
});

const toast = (answer: Record<string, unknown>) =>
  answer.toast as { type?: string; content?: string } | undefined;

/** Holds the write queue open until the returned function is called, as a long write would. */
async function holdWrites(): Promise<() => Promise<void>> {
  let release!: () => void;
  let holding!: () => void;
  const held = new Promise<void>((r) => (holding = r));
  const done = bot.store.write(async () => {
    holding();
    await new Promise<void>((r) => (release = r));
  });
  await held;
  return async () => {
    release();
    await done;
  };
}

async function textsTo(openId: string) {
  const rows = await bot.store.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, openId), eq(outbox.kind, 'send'), eq(outbox.msgType, 'text')));
  return rows.map((r) => ({
    status: r.status,
    text: (JSON.parse(r.content ?? '{}') as { text?: string }).text,
  }));
}

describe('a click whose decision waits for the write lock', () => {
  it('is answered before the decision commits, decided once, and its result sent as a message', async () => {
    const id = await submitPlan(
      bot,
      planBody(COKING, { quietExemption: 'other', quietExemptionNote: '按上级部署开展' }),
    );
    await bot.settle();
    const eventId = `ev_${randomUUID()}`;
    const click = () => bot.click('ou_demo_air_head', decide(id, 0, 'approve'), { eventId });
    const before = (await textsTo('ou_demo_air_head')).length;

    const release = await holdWrites();
    const first = await click();
    // The answer came while the write it needed was still waiting: nothing is decided yet.
    expect(toast(first)).toEqual({ type: 'info', content: PROCESSING_TEXT });
    expect((await requestState(bot, id)).decisions).toHaveLength(0);
    // Lark retries the same callback while it runs: the same answer, no second decision started.
    expect(toast(await click())).toEqual({ type: 'info', content: PROCESSING_TEXT });
    await release();

    await expect
      .poll(async () => (await textsTo('ou_demo_air_head')).length, { timeout: 10_000 })
      .toBe(before + 1);
    await bot.settle();
    const state = await requestState(bot, id);
    expect(state.decisions).toHaveLength(1);
    expect(state.steps.map((s) => s.status)).toEqual(['approved', 'pending']);
    expect(state.audits.filter((a) => a === 'approval.step-approved')).toHaveLength(1);
    const texts = await textsTo('ou_demo_air_head');
    expect(texts.at(-1)).toEqual({ status: 'sent', text: '审批意见已提交。' });

    // A retry after it finished gets the decision's own answer, and decides nothing again.
    expect(toast(await click())).toEqual({ type: 'success', content: '审批意见已提交。' });
    expect((await requestState(bot, id)).decisions).toHaveLength(1);
  });

  it('sends a refusal decided late as its refusal text', async () => {
    const id = await submitPlan(
      bot,
      planBody(COKING, {
        from: '2026-12-07',
        to: '2026-12-08',
        quietExemption: 'other',
        quietExemptionNote: '按上级部署开展',
      }),
    );
    await bot.settle();
    const release = await holdWrites();
    // 驳回 without a reason is refused by the decision itself.
    const answer = await bot.click('ou_demo_air_head', decide(id, 0, 'reject'), {
      formValue: { comment: '' },
    });
    expect(toast(answer)?.content).toBe(PROCESSING_TEXT);
    await release();
    await expect
      .poll(async () => (await textsTo('ou_demo_air_head')).at(-1)?.text, { timeout: 10_000 })
      .toMatch(/理由/);
    expect((await requestState(bot, id)).decisions).toHaveLength(0);
  });
});
