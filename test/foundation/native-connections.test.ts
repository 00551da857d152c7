import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';

let store: Store;
let file: string;

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'zhifa-native-')), 'native.db');
  store = await openStore(`file:${file}`);
  await store.client.execute('CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)');
});
afterAll(() => store.close());

const insert = (name: string) =>
  store.client.execute({ sql: 'INSERT INTO kept (name) VALUES (?)', args: [name] });
const names = async () =>
  (await store.client.execute('SELECT * FROM kept ORDER BY id')).rows.map((r) => ({ ...r }));

describe('automatic checkpoints', () => {
  it('are off: the log grows past the usual threshold until the store checkpoints it', async () => {
    expect((await store.client.execute('PRAGMA wal_autocheckpoint')).rows[0]?.[0]).toBe(0);
    await store.client.execute('CREATE TABLE filler (body TEXT NOT NULL)');
    const body = 'x'.repeat(4000);
    for (let i = 0; i < 1500; i++) {
      await store.client.execute({ sql: 'INSERT INTO filler (body) VALUES (?)', args: [body] });
    }
    // 1,000 pages of 4 KiB is where SQLite would have checkpointed on its own.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1000 * 4096);
    expect(store.wal?.bytes()).toBe(statSync(`${file}-wal`).size);
    await store.wal!.checkpoint();
    const after = (await store.client.execute('PRAGMA wal_checkpoint(PASSIVE)')).rows[0];
    expect(after?.[1]).toBe(after?.[2]);
    await store.client.execute('DROP TABLE filler');
  });
});

describe('prepared statements kept per connection', () => {
  it('give the same answers when run again, also after one failed', async () => {
    await insert('甲');
    await expect(insert('甲')).rejects.toThrow(/UNIQUE/);
    await insert('乙');
    expect(await names()).toEqual([
      { id: 1, name: '甲' },
      { id: 2, name: '乙' },
    ]);
    expect(await names()).toEqual(await names());
  });

  it('tell statements that return rows from those that do not, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const updated = await store.client.execute({
        sql: 'UPDATE kept SET name = name WHERE id = ?',
        args: [1],
      });
      expect(updated.rowsAffected).toBe(1);
      expect(updated.columns).toEqual([]);
      const returned = await store.client.execute({
        sql: 'UPDATE kept SET name = name WHERE id = ? RETURNING id',
        args: [2],
      });
      expect(returned.rows.map((r) => r.id)).toEqual([2]);
    }
  });

  it('see a schema change made in this process', async () => {
    await store.client.execute("ALTER TABLE kept ADD COLUMN unit TEXT NOT NULL DEFAULT 'air'");
    expect(await names()).toEqual([
      { id: 1, name: '甲', unit: 'air' },
      { id: 2, name: '乙', unit: 'air' },
    ]);
  });

  it('roll back with the transaction that ran them', async () => {
    const tx = await store.client.transaction('write');
    await tx.execute({ sql: 'INSERT INTO kept (name) VALUES (?)', args: ['丙'] });
    await tx.rollback();
    await insert('丁');
    expect((await names()).map((r) => r.name)).toEqual(['甲', '乙', '丁']);
  });

  it('keep a bounded number per connection', async () => {
    for (let i = 0; i < 1200; i++) {
      const { rows } = await store.client.execute(`SELECT ${i} AS n FROM kept LIMIT 1`);
      expect(rows[0]?.n).toBe(i);
    }
    expect((await names()).length).toBe(3);
  });
});

describe('reads while a write is open', () => {
  it('neither wait for it nor see it until it commits', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const writing = store.write(async (tx) => {
      await tx.run(sql`INSERT INTO kept (name) VALUES ('戊')`);
      open();
      await held;
    });
    await opened;
    const during = await Promise.all(Array.from({ length: 50 }, () => names()));
    expect(during.every((rows) => rows.length === 3)).toBe(true);
    finish();
    await writing;
    expect((await names()).map((r) => r.name)).toContain('戊');
  });
});
