import { eq } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inbox } from '../../../db/schema/index.js';
import { envOf } from '../../../src/app/action-env.js';
import { inboxCommand } from '../../../src/cli/commands/inbox-command.js';
import type { Services } from '../../../src/app/services.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { decideStep } from '../../../src/features/approvals/service/decide.js';
import { createLogger } from '../../../src/log.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { openStore, type Store } from '../../../src/store/db.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  approverCard,
  cardsTo,
  getRequest,
  planBody,
  press,
  submitPlan,
  textsTo,
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

async function newPlan(on: Bot, uscc: string): Promise<string> {
  const { status, json } = await submitPlan(on, planBody({ enterprises: [uscc] }));
  expect(status).toBe(201);
  await on.settle();
  return String(json.id);
}

/** 同意 by the 科 head on step 0, committed as the card callback commits it, with nothing run after. */
async function approveFirstStep(store: Store, services: Services, id: string) {
  const directory = await loadDirectory(store.db);
  if (!directory) throw new Error('no directory');
  await store.write((tx) =>
    decideStep(tx, envOf(services, directory), {
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
      kickInbox: () => undefined,
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
