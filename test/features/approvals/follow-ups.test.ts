import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inbox } from '../../../db/schema/index.js';
import { actionContextOf } from '../../../src/app/action-context.js';
import { enqueueFollowUp } from '../../../src/work-queue/follow-up-jobs.js';
import { inboxCommand } from '../../../src/cli/commands/inbox-command.js';
import type { Services } from '../../../src/app/services.js';
import { applicantCard } from '../../../cards/approvals/applicant.js';
import { recordCard } from '../../../cards/approvals/record.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { DECISION_LABELS } from '../../../src/domain/approvals/index.js';
import { loadView } from '../../../src/features/approvals/store/request-repo.js';
import type { RequestView } from '../../../src/features/approvals/types.js';
import { bureauDateTime } from '../../../src/time.js';
import { decideStep } from '../../../src/features/approvals/service/decide.js';
import { createLogger } from '../../../src/log.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { openStore, type Store } from '../../../src/store/db.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  approverCard,
  buttonValue,
  cardsTo,
  getRequest,
  newPlan,
  press,
  pressLatest,
  sentTo,
  type Sent,
  textsTo,
  toastOf,
  TODAY_10AM,
  USCC,
} from './support.js';

const bots: Bot[] = [];
afterAll(async () => {
  for (const bot of bots) await bot.close();
});

async function bot(dbFile?: string): Promise<Bot> {
  const started = await startBot({ now: () => TODAY_10AM, ...(dbFile ? { dbFile } : {}) });
  bots.push(started);
  return started;
}

/** 同意 by the 科 head on step 0, committed as the card callback commits it, with nothing run after. */
async function approveFirstStep(store: Store, services: Services, id: string) {
  const directory = await loadDirectory(store.db);
  if (!directory) throw new Error('no directory');
  await store.write((tx) =>
    decideStep(tx, actionContextOf(services, directory), {
      id,
      stepIdx: 0,
      decision: 'approve',
      operatorOpenId: 'ou_demo_air_head',
    }),
  );
}

async function followUps(store: Store) {
  return store.db.select().from(inbox).where(eq(inbox.eventType, 'approval.decided'));
}

describe('what follows a decision', () => {
  it('survives a crash after the click was answered, and runs once on the next start', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'zhifa-follow-')), 'bot.db');
    const first = await bot(dbFile);
    const id = await newPlan(first, USCC.cement);
    await first.close();
    bots.splice(bots.indexOf(first), 1);

    // The process dies right after the decision's transaction commits.
    const store = await openStore(`file:${dbFile}`);
    const services: Services = {
      config: first.config,
      store,
      log: createLogger('error'),
      now: () => TODAY_10AM,
      kickOutbox: () => undefined,
      kickFollowUps: () => undefined,
    };
    await approveFirstStep(store, services, id);
    expect((await followUps(store)).map((row) => row.status)).toEqual(['pending']);
    store.close();

    const second = await bot(dbFile);
    await second.settle();
    const request = await getRequest(second, id);
    expect(request.steps.map((s) => s.status)).toEqual(['approved', 'pending']);
    expect(request.currentStep).toBe(1);
    expect(await cardsTo(second, 'ou_demo_deputy_2', id)).toHaveLength(1);
    expect((await textsTo(second, 'ou_demo_air_officer')).filter((t) => t.includes('现送'))).toHaveLength(1);
    expect((await followUps(second.store)).map((row) => row.status)).toEqual(['done']);

    // Run again (a second worker, a replay), it finds the step passed on and sends nothing more.
    await second.store.db
      .update(inbox)
      .set({ status: 'pending' })
      .where(eq(inbox.eventType, 'approval.decided'));
    await second.settle();
    expect(await cardsTo(second, 'ou_demo_deputy_2', id)).toHaveLength(1);
    expect((await textsTo(second, 'ou_demo_air_officer')).filter((t) => t.includes('现送'))).toHaveLength(1);
  });

  it('asks nobody to approve a request its applicant withdrew before the follow-up ran', async () => {
    const on = await bot();
    on.runtime.stop();
    const id = await newPlan(on, USCC.chemical);
    const mine = (await cardsTo(on, 'ou_demo_air_officer', id)).at(-1);
    if (!mine) throw new Error('the applicant has no card');
    await approveFirstStep(on.store, on.runtime.services, id);
    // Answering the withdrawal kicks the worker, so the follow-up runs after it.
    await press(on, 'ou_demo_air_officer', mine, '撤回');
    const request = await getRequest(on, id);
    expect(request.status).toBe('withdrawn');
    expect(request.steps.map((s) => s.status)).toEqual(['approved', 'waiting']);
    expect(await cardsTo(on, 'ou_demo_deputy_2', id)).toHaveLength(0);
    expect((await textsTo(on, 'ou_demo_air_officer')).filter((t) => t.includes('现送'))).toHaveLength(0);
    const clicked = await approverCard(on, 'ou_demo_air_head', id);
    expect(JSON.stringify(clicked.content)).not.toContain('"同意"');
    expect((await followUps(on.store)).map((row) => row.status)).toEqual(['done']);
  });

  it('is listed and counted when the worker gave up on it, and runs once when an operator requeues it', async () => {
    const on = await bot();
    on.runtime.stop();
    const id = await newPlan(on, USCC.coal);
    await approveFirstStep(on.store, on.runtime.services, id);
    // As the worker leaves a row after its last failed attempt.
    await on.store.db
      .update(inbox)
      .set({ status: 'failed', attempts: 5, error: 'database is locked' })
      .where(eq(inbox.eventType, 'approval.decided'));
    await on.settle();
    expect(await cardsTo(on, 'ou_demo_deputy_2', id)).toHaveLength(0);
    const health = async () =>
      ((await (await fetch(`${on.url}/healthz`)).json()) as { inbox: { failed: number } }).inbox;
    expect((await health()).failed).toBe(1);

    const out: string[] = [];
    const ctx = {
      config: on.config,
      store: on.store,
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
    };
    expect(await inboxCommand(['list'], ctx)).toBe(0);
    expect(out).toEqual([
      `approval.decided:${id}:0\tapproval.decided\tfailed\tattempts=5\tdatabase is locked`,
      '共 1 条。',
    ]);
    expect(await inboxCommand(['requeue'], ctx)).toBe(2);
    expect(await inboxCommand(['requeue', '--all-failed'], ctx)).toBe(0);
    expect(out.at(-1)).toBe('已重新排队 1 条。');
    await on.settle();
    expect(await cardsTo(on, 'ou_demo_deputy_2', id)).toHaveLength(1);
    expect((await health()).failed).toBe(0);
    expect((await auditFor(on.store.db, 'inbox', 'all-failed')).map((a) => a.detail)).toEqual([{ count: 1 }]);
  });
});

describe('a follow-up of a type nothing handles', () => {
  it('fails its attempts and is left for an operator, not fetched again for ever; decisions still follow', async () => {
    const on = await bot();
    await on.store.write((tx) =>
      enqueueFollowUp(tx, { id: 'approval.retired:x', type: 'approval.retired', payload: {} }),
    );
    const id = await newPlan(on, USCC.coal);
    await pressLatest(on, 'ou_demo_air_head', id, '同意');
    // Each round of the worker tries it once; after five it is left for an operator.
    await on.settle();
    await on.settle();
    const [row] = await on.store.db.select().from(inbox).where(eq(inbox.eventId, 'approval.retired:x'));
    expect(row).toMatchObject({ status: 'failed', attempts: 5, error: 'no handler for approval.retired' });
    expect(await cardsTo(on, 'ou_demo_deputy_2', id)).toHaveLength(1);
  });
});

describe('the cards a decision leaves', () => {
  let shared: Bot;
  beforeAll(async () => {
    shared = await bot();
  });
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  /**
   * The click is answered with the request as the decision left it; once the follow-up has run, the
   * clicked card and the applicant's card show it exactly as it is stored.
   */
  async function expectCardsAsStored(
    answer: Record<string, unknown>,
    clicked: { holder: string; card: Sent },
    id: string,
    idx: number,
  ) {
    await shared.settle();
    const stored = await loadView(shared.store.db, id);
    const step = stored?.steps[idx];
    const decision = stored?.decisions.at(-1);
    if (!stored || !step?.decidedAt || !decision) throw new Error(`${id} step ${idx} is not decided`);
    const note = `${step.decidedByName}已于${bureauDateTime(step.decidedAt)}${DECISION_LABELS[decision.action]}。`;
    // Passed on, the next step was not yet current when the click was answered.
    const asDecided: RequestView =
      stored.status === 'pending'
        ? {
            ...stored,
            currentStep: idx,
            steps: stored.steps.map((s) =>
              s.idx === idx + 1 ? { ...s, status: 'waiting', activatedAt: null } : s,
            ),
          }
        : stored;
    expect(answerCard(answer)).toEqual(json(recordCard(asDecided, note)));
    const now = (await sentTo(shared, clicked.holder)).find((m) => m.messageId === clicked.card.messageId);
    expect(now?.content).toEqual(json(recordCard(stored, note)));
    const [applicants] = (await cardsTo(shared, 'ou_demo_air_officer', id)).filter(
      (m) => JSON.stringify(m.content) === JSON.stringify(applicantCard(stored)),
    );
    expect(applicants).toBeDefined();
  }

  /** Presses a button on the newest card the person holds for the request, and checks what it left. */
  async function decideAndCheck(holder: string, id: string, idx: number, label: string, formValue = {}) {
    const card = await approverCard(shared, holder, id);
    await expectCardsAsStored(await press(shared, holder, card, label, formValue), { holder, card }, id, idx);
  }

  it.each([
    ['驳回', { comment: '依据不足。' }],
    ['退回修改', { comment: '请补充检查方式。' }],
  ])('%s', async (label, formValue) => {
    const id = await newPlan(shared, USCC.cement);
    await decideAndCheck('ou_demo_air_head', id, 0, label, formValue);
  });

  it('gives a retried callback the first answer again, and decides once', async () => {
    const id = await newPlan(shared, USCC.cement);
    const card = await approverCard(shared, 'ou_demo_air_head', id);
    const click = (eventId: string) =>
      shared.click('ou_demo_air_head', buttonValue(card.content, '同意'), {
        openMessageId: card.messageId,
        eventId,
      });
    const first = await click('evt-decide-retry');
    expect(toastOf(first)).toBe('审批意见已提交。');
    expect(await click('evt-decide-retry')).toEqual(first);
    const another = await click('evt-decide-another');
    expect(toastOf(another)).toMatch(/^该环节已由大气环境科负责人（示例）于.+办理（同意），无需重复操作。$/);
    expect((await getRequest(shared, id)).decisions.map((d) => d.action)).toEqual(['approve']);
    await expectCardsAsStored(first, { holder: 'ou_demo_air_head', card }, id, 0);
  });

  it('同意, then 同意 at the last step', async () => {
    const id = await newPlan(shared, USCC.cement);
    await decideAndCheck('ou_demo_air_head', id, 0, '同意');
    await decideAndCheck('ou_demo_deputy_2', id, 1, '同意');
    expect((await getRequest(shared, id)).status).toBe('approved');
  });
});
