import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/store/audit-repo.js';
import { startBot, type Bot } from '../support/harness.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
  for (let i = 0; i < 5; i++)
    await bot.store.write((tx) =>
      appendAudit(tx, {
        actor: 'test',
        action: 'thing.done',
        entity: 'thing',
        entityId: String(i),
        detail: { i },
      }),
    );
});
afterAll(() => bot.close());

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });

  it('stays whole when a write in the same group commit appends a row and then fails', async () => {
    const append = (entityId: string, fail = false) =>
      bot.store.write(async (tx) => {
        await appendAudit(tx, { actor: 'test', action: 'thing.grouped', entity: 'thing', entityId });
        if (fail) throw new Error('after the audit row');
      });
    // Queued in one turn, so they share a transaction; the second is undone by its savepoint.
    const outcomes = await Promise.allSettled([append('g1'), append('g2', true), append('g3')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await bot.store.client.execute(
      "SELECT entity_id FROM audit_log WHERE action = 'thing.grouped' ORDER BY id",
    );
    expect(rows.rows.map((r) => r.entity_id)).toEqual(['g1', 'g3']);
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });

  it('names the first row edited by hand', async () => {
    const [row] = (
      await bot.store.client.execute("SELECT id FROM audit_log WHERE entity = 'thing' AND entity_id = '2'")
    ).rows;
    const id = Number(row!.id);
    await bot.store.client.execute({
      sql: 'UPDATE audit_log SET detail = ? WHERE id = ?',
      args: ['{"i":99}', id],
    });
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: false, brokenId: id });
  });
});
