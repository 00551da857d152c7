import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/store/audit-repo.js';
import { startBot, type Bot } from '../support/harness.js';
import { CHEMICAL, COKING, decide, planBody, submitPlan, TODAY_10AM } from './support/approvals.js';

let bot: Bot;
let ids: number[];

beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
  for (const enterprise of [COKING, CHEMICAL]) {
    const id = await submitPlan(bot, planBody(enterprise));
    await bot.settle();
    await bot.click('ou_demo_air_head', decide(id, 0, 'approve'));
    await bot.click('ou_demo_deputy_2', decide(id, 1, 'approve'));
  }
  await bot.settle();
  ids = (await bot.store.client.execute('SELECT id FROM audit_log ORDER BY id')).rows.map((r) =>
    Number(r.id),
  );
});
afterAll(() => bot.close());

type Row = Record<string, string | number>;

async function row(id: number): Promise<Row> {
  const result = await bot.store.client.execute({ sql: 'SELECT * FROM audit_log WHERE id = ?', args: [id] });
  return result.rows[0] as unknown as Row;
}

async function put(r: Row): Promise<void> {
  await bot.store.client.execute({
    sql: `INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [r.id!, r.at!, r.actor!, r.action!, r.entity!, r.entity_id!, r.detail!, r.prev_hash!, r.hash!],
  });
}

/** What someone who read the source would compute to make an edited row look consistent. */
function forgedHash(r: Row): string {
  return createHash('sha256')
    .update(JSON.stringify([r.prev_hash, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail]))
    .digest('hex');
}

describe('the audit chain after real approvals', () => {
  it('verifies', async () => {
    expect(ids.length).toBeGreaterThan(6);
    expect(await verifyAuditChain(bot.store.db)).toEqual({ ok: true, rows: ids.length });
  });

  it('names a row whose content was edited by hand', async () => {
    const target = await row(ids[4]!);
    await put({ ...target, detail: '{"step":0,"role":"director"}' });
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: false, brokenId: ids[4] });
    await put(target);
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });

  it('catches an edit whose own hash was recomputed, at the row after it', async () => {
    const target = await row(ids[3]!);
    const edited = { ...target, actor: 'ou_demo_director' };
    await put({ ...edited, hash: forgedHash(edited) });
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: false, brokenId: ids[4] });
    await put(target);
  });

  it('catches a row deleted from the middle', async () => {
    const target = await row(ids[2]!);
    await bot.store.client.execute({ sql: 'DELETE FROM audit_log WHERE id = ?', args: [ids[2]!] });
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: false, brokenId: ids[3] });
    await put(target);
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });
});
