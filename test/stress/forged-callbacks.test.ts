import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/directory/directory-repo.js';
import { startBot, type Bot } from '../support/harness.js';
import {
  CHEMICAL,
  COKING,
  decide,
  planBody,
  requestState,
  submitPlan,
  TODAY_10AM,
} from './support/approvals.js';
import { expectNoSecrets, expectSoundDatabase, tableCounts } from './support/checks.js';

let bot: Bot;
/** A: pending at step 0 (air head). B: another unit's request. C: step 0 approved, pending at step 1. */
let A: string;
let B: string;
let C: string;
let people: string[];

beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
  A = await submitPlan(bot, planBody(COKING));
  B = await submitPlan(
    bot,
    planBody(CHEMICAL, {
      applicant: 'ou_demo_water_officer',
      unit: 'water',
      inspectors: ['ou_demo_water_officer', 'ou_demo_water_head'],
      content: '水污染防治设施运行情况',
    }),
  );
  C = await submitPlan(bot, planBody('91140406W20GL578PP'));
  await bot.settle();
  await bot.click('ou_demo_air_head', decide(C, 0, 'approve'));
  await bot.settle();
  people = (await loadDirectory(bot.store.db))!.people.map((p) => p.openId);
});
afterAll(async () => {
  await bot.settle();
  await bot.close();
});

/** Everything but the callback-answer cache, which records every callback by design. */
async function snapshot() {
  const { card_actions: _answers, ...counts } = await tableCounts(bot.store);
  const requests = await Promise.all([A, B, C].map((id) => requestState(bot, id)));
  return { counts, requests };
}

/** Whose turn it is: the current approver of each request's current step. */
async function currentApprovers(): Promise<Map<string, { step: number; openId: string }>> {
  const turns = new Map<string, { step: number; openId: string }>();
  for (const id of [A, B, C]) {
    const res = await fetch(`${bot.url}/api/v1/requests/${id}`, {
      headers: { authorization: `Bearer ${bot.config.apiToken}` },
    });
    const view = (await res.json()) as { currentStep: number | null; steps: { openId: string }[] };
    if (view.currentStep !== null)
      turns.set(id, { step: view.currentStep, openId: view.steps[view.currentStep]!.openId });
  }
  return turns;
}

const toastType = (answer: Record<string, unknown>) => (answer.toast as { type?: string } | undefined)?.type;

async function expectRefused(operator: string, value: Record<string, unknown>, formValue = {}) {
  const before = await snapshot();
  const answer = await bot.click(operator, value, { formValue });
  await bot.settle();
  expect(['error', 'info', 'warning']).toContain(toastType(answer));
  expect(answer.card).toBeUndefined();
  expect(await snapshot()).toEqual(before);
  return answer;
}

describe('card callbacks with a forged action.value', () => {
  it("refuses another request's id", async () => {
    const answer = await expectRefused('ou_demo_air_head', decide(B, 0, 'approve'));
    expect(answer.toast).toMatchObject({ content: '您不是该审批环节的当前审批人，无权办理。' });
  });

  it('refuses a step that is not yet reached, and a step already decided', async () => {
    await expectRefused('ou_demo_deputy_2', decide(A, 1, 'approve'));
    await expectRefused('ou_demo_air_head', decide(A, 1, 'approve'));
    await expectRefused('ou_demo_air_head', decide(C, 0, 'reject'), { comment: '改主意了。' });
    await expectRefused('ou_demo_air_head', decide(C, 1, 'approve'));
  });

  it('refuses a decision the card never offered', async () => {
    await expectRefused('ou_demo_air_head', decide(A, 0, 'delete'));
    await expectRefused('ou_demo_air_head', { ...decide(A, 0, 'approve'), step: -1 });
    await expectRefused('ou_demo_air_head', { ...decide(A, 0, 'approve'), id: 'JC-2026-9999' });
  });

  it('refuses every random forgery unless the operator holds that exact step', async () => {
    const turns = await currentApprovers();
    const value = fc.record(
      {
        action: fc.constantFrom(
          'approval.decide',
          'approval.transfer',
          'approval.withdraw',
          'approval.remind',
        ),
        id: fc.oneof(fc.constantFrom(A, B, C, 'JC-2026-9999', ''), fc.string()),
        step: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constantFrom('0', '1', '', null, 1.5, 'x')),
        decision: fc.constantFrom('approve', 'reject', 'return', 'APPROVE', 'delete', ''),
      },
      { requiredKeys: ['action'] },
    );
    const operator = fc.oneof(fc.constantFrom(...people), fc.constant('ou_stranger'));
    const formValue = fc.record(
      { comment: fc.constantFrom('同意。', '理由充分。', ''), transferTo: fc.constantFrom(...people) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(value, operator, formValue, async (v, op, form) => {
        const turn = turns.get(String(v.id));
        const step = Number(v.step);
        const holdsStep =
          turn !== undefined && turn.openId === op && Number.isInteger(step) && step === turn.step;
        // The applicant may withdraw or remind on their own request; that is not a forgery.
        const applicant = v.id === B ? 'ou_demo_water_officer' : 'ou_demo_air_officer';
        const applicantsOwn =
          ['approval.withdraw', 'approval.remind'].includes(v.action) &&
          [A, B, C].includes(String(v.id)) &&
          op === applicant;
        fc.pre(!holdsStep && !applicantsOwn);
        await expectRefused(op, v, form);
      }),
      { numRuns: 120 },
    );
  });

  it('still lets the current approver decide afterwards', async () => {
    const answer = await bot.click('ou_demo_air_head', decide(A, 0, 'approve'));
    expect(toastType(answer)).toBe('success');
    await bot.settle();
    expect((await requestState(bot, A)).steps.map((s) => s.status)).toEqual(['approved', 'pending']);
  });

  it('leaves a sound database and no secret in the log', async () => {
    await expectSoundDatabase(bot.store);
    expectNoSecrets(bot.logs);
  });
});
