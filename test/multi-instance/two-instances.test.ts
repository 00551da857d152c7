import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { verifyAuditChain } from '../../src/store/audit-repo.js';
import { openStore } from '../../src/store/db.js';
import { sqldInstalled, startSqld, type Sqld } from '../../scripts/sqld.js';
import {
  COKING,
  decide,
  planBody,
  requestState,
  submitPlan,
  TODAY_10AM,
} from '../stress/support/approvals.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

const toastType = (answer: Record<string, unknown>) => (answer.toast as { type?: string } | undefined)?.type;

// sqld ships for Linux x64 only (an optional dependency); the workerd suite needs it too and fails without it.
describe.skipIf(!sqldInstalled)('two Node instances on one libSQL server', () => {
  let sqld: Sqld;
  let fake: FakeLark;
  let a: Bot;
  let b: Bot;
  beforeAll(async () => {
    sqld = await startSqld();
    fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
    const opts = { fakeLark: fake, now: () => TODAY_10AM, env: { DATABASE_URL: sqld.url } };
    a = await startBot(opts);
    b = await startBot(opts);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fake?.close();
    await sqld?.stop();
  });

  it('start together on an empty server and both find the schema', async () => {
    const fresh = await startSqld();
    try {
      const stores = await Promise.all([openStore(fresh.url), openStore(fresh.url)]);
      const applied = await stores[0].client.execute(
        'SELECT hash FROM __drizzle_migrations ORDER BY created_at',
      );
      const folder = readMigrationFiles({ migrationsFolder: 'db/migrations' });
      expect(applied.rows.map((r) => r.hash)).toEqual(folder.map((m) => m.hash));
      for (const s of stores) s.close();
    } finally {
      await fresh.stop();
    }
  });

  it('take 100 concurrent clicks on one approval step and make one decision', async () => {
    const id = await submitPlan(a, planBody(COKING));
    await a.settle();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 === 0 ? a : b).click('ou_demo_air_head', decide(id, 0, 'approve')),
      ),
    );
    await Promise.all([a.settle(), b.settle()]);

    expect(answers.filter((x) => toastType(x) === 'success')).toHaveLength(1);
    expect(answers.filter((x) => toastType(x) === 'info')).toHaveLength(99);
    const state = await requestState(b, id);
    expect(state.steps.map((s) => s.status)).toEqual(['approved', 'pending']);
    expect(state.decisions).toHaveLength(1);
    expect(state.audits.filter((x) => x === 'approval.step-approved')).toHaveLength(1);
    expect(state.cards.filter((c) => c.recipient === 'ou_demo_deputy_2')).toHaveLength(1);
    expect(await verifyAuditChain(a.store.db)).toMatchObject({ ok: true });
  });

  it('deliver each outbox message once although both senders drain the same table', async () => {
    // Each instance paces per process, so together they may pass Lark's 5 a second to one person:
    // the refused sends (230020) wait out their second and go again.
    const deadline = Date.now() + 20_000;
    let rows = await a.store.db.select().from(outbox);
    while (rows.some((r) => r.status === 'pending') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await Promise.all([a.settle(), b.settle()]);
      rows = await a.store.db.select().from(outbox);
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    // What Lark delivered, not every POST: a send refused for the pace (230020) is posted again.
    const uuids = fake.messages.map((m) => m.uuid);
    const sends = rows.filter((r) => r.kind === 'send' || r.kind === 'reply');
    expect(uuids.sort()).toEqual(sends.map((r) => r.uuid).sort());
  });
});
