import { eq, sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../../db/schema/index.js';
import { openStore, type Store } from '../../src/store/db.js';
import { placeholders, prepared, preparedByShape } from '../../src/store/prepared.js';

const valueOf = prepared((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare(),
);
const insertSetting = prepared((db) =>
  db
    .insert(settings)
    .values(placeholders(['key', 'value']))
    .prepare(),
);
const updateSetting = preparedByShape((db, columns) =>
  db
    .update(settings)
    .set(placeholders(columns))
    .where(eq(settings.key, sql.placeholder('where')))
    .prepare(),
);

let first: Store;
let second: Store;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-prepared-'));
  first = await openStore(`file:${join(dir, 'first.db')}`);
  second = await openStore(`file:${join(dir, 'second.db')}`);
});
afterAll(() => {
  first.close();
  second.close();
});

const read = async (db: Parameters<typeof valueOf>[0], key: string) =>
  (await valueOf(db).all({ key }))[0]?.value;

describe('a query built once', () => {
  it('runs inside the transaction it is given, seeing that transaction’s own writes', async () => {
    await first.write(async (tx) => {
      await insertSetting(tx).run({ key: 'a', value: '1' });
      expect(await read(tx, 'a')).toBe('1');
      // Outside the transaction the write is not there yet.
      expect(await read(first.db, 'a')).toBeUndefined();
    });
    expect(await read(first.db, 'a')).toBe('1');
  });

  it('writes nothing when its transaction rolls back', async () => {
    await expect(
      first.write(async (tx) => {
        await insertSetting(tx).run({ key: 'b', value: '2' });
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await read(first.db, 'b')).toBeUndefined();
  });

  it('keeps each database to itself', async () => {
    await second.write((tx) => insertSetting(tx).run({ key: 'a', value: 'second' }));
    expect(await read(first.db, 'a')).toBe('1');
    expect(await read(second.db, 'a')).toBe('second');
  });

  it('is built once per shape of the values', async () => {
    await first.write((tx) => updateSetting(tx, ['value']).run({ value: '3', where: 'a' }));
    await first.write((tx) => updateSetting(tx, ['key', 'value']).run({ key: 'c', value: '4', where: 'a' }));
    expect(await read(first.db, 'a')).toBeUndefined();
    expect(await read(first.db, 'c')).toBe('4');
  });
});
