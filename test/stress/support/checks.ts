import { expect } from 'vitest';
import type { Store } from '../../../src/store/db.js';
import { verifyAuditChain } from '../../../src/store/audit-repo.js';
import { TEST_KEYS } from '../../support/harness.js';

/** Row counts of every table, migrations bookkeeping included: equal before and after means no write. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = await store.client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    const result = await store.client.execute(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/** Every credential the test bots are configured with, and the token shape the fake Lark issues. */
export function expectNoSecrets(logs: string[], extra: string[] = []): void {
  const joined = logs.join('\n');
  for (const secret of [
    TEST_KEYS.appSecret,
    TEST_KEYS.encryptKey,
    TEST_KEYS.verificationToken,
    TEST_KEYS.apiToken,
    ...extra,
  ])
    expect(joined).not.toContain(secret);
  expect(joined).not.toMatch(/\bt-[0-9a-f]{16,}/);
}

export async function expectSoundDatabase(store: Store): Promise<void> {
  const check = await store.client.execute('PRAGMA integrity_check');
  expect(check.rows.map((r) => String(r[0]))).toEqual(['ok']);
  expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true });
}
