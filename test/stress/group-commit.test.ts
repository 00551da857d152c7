import { sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../../db/schema/index.js';
import { openStore, type Store } from '../../src/store/db.js';

let store: Store;
beforeAll(async () => {
  store = await openStore(`file:${join(mkdtempSync(join(tmpdir(), 'zhifa-group-')), 'g.db')}`);
});
afterAll(() => store.close());

const keys = async (prefix: string) =>
  (await store.db.select().from(settings))
    .map((r) => r.key)
    .filter((k) => k.startsWith(prefix))
    .sort();

describe('writes that share a commit', () => {
  it('settles each write on its own: a throwing write undoes only itself', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 120 }, (_, i) =>
        store.write(async (tx) => {
          await tx.insert(settings).values({ key: `a:${String(i).padStart(3, '0')}`, value: String(i) });
          if (i % 3 === 0) throw new Error(`refused ${i}`);
          return i;
        }),
      ),
    );
    outcomes.forEach((o, i) => {
      if (i % 3 === 0) expect(o).toMatchObject({ status: 'rejected', reason: { message: `refused ${i}` } });
      else expect(o).toEqual({ status: 'fulfilled', value: i });
    });
    const kept = Array.from({ length: 120 }, (_, i) => i)
      .filter((i) => i % 3 !== 0)
      .map((i) => `a:${String(i).padStart(3, '0')}`);
    expect(await keys('a:')).toEqual(kept);
  });

  it('runs writes in the order they were asked for, each seeing the ones before', async () => {
    const seen = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.write(async (tx) => {
          const before = (await tx.select().from(settings)).filter((r) => r.key.startsWith('b:')).length;
          await tx.insert(settings).values({ key: `b:${i}`, value: '' });
          return before;
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('keeps nested transactions working inside a shared commit', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.write(async (tx) => {
          await tx.insert(settings).values({ key: `c:${i}`, value: '' });
          await tx
            .transaction(async (inner) => {
              await inner.insert(settings).values({ key: `c:${i}:inner`, value: '' });
              throw new Error('inner only');
            })
            .catch(() => undefined);
        }),
      ),
    );
    expect(await keys('c:')).toEqual(Array.from({ length: 10 }, (_, i) => `c:${i}`).sort());
  });

  it('fails every write of a batch whose commit fails, and carries on after', async () => {
    const outcomes = await Promise.allSettled([
      store.write((tx) => tx.insert(settings).values({ key: 'd:1', value: '' })),
      // Ends the shared transaction under the others' feet, so it cannot commit.
      store.write((tx) => tx.run(sql`ROLLBACK`)),
      store.write((tx) => tx.insert(settings).values({ key: 'd:2', value: '' })),
    ]);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    expect(await keys('d:')).toEqual([]);
    await store.write((tx) => tx.insert(settings).values({ key: 'd:3', value: '' }));
    expect(await keys('d:')).toEqual(['d:3']);
  });
});
