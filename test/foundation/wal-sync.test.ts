import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as schema from '../../db/schema/index.js';
import { settings } from '../../db/schema/index.js';
import { openStore, type Database } from '../../src/store/db.js';
import { logFileSync, WalSync } from '../../src/store/wal-sync.js';
import { WriteQueue } from '../../src/store/write-queue.js';

/** A sync the test finishes by hand, recording when each one started. */
function manualSync() {
  const started: Array<{ finish: () => void; fail: (err: Error) => void }> = [];
  const sync = () => new Promise<void>((resolve, reject) => started.push({ finish: resolve, fail: reject }));
  return { started, sync };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

const dir = mkdtempSync(join(tmpdir(), 'zhifa-walsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function settingsDb(name: string) {
  const client = createClient({ url: `file:${join(dir, name)}` });
  await client.execute('PRAGMA journal_mode=WAL');
  await client.execute('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  return { client, db: drizzle(client, { schema }) as Database };
}

describe('the log sync', () => {
  it('starts a sync at once when none is running', async () => {
    const { started, sync } = manualSync();
    const first = new WalSync(sync).flushed();
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await expect(first).resolves.toBeUndefined();
  });

  it('answers a call made during a sync only after a sync that began after it, shared by all such calls', async () => {
    const { started, sync } = manualSync();
    const log = new WalSync(sync);
    const first = log.flushed();
    const second = log.flushed();
    const third = log.flushed();
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await first;
    expect(await settled(second)).toBe(false);
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await Promise.all([second, third]);
    expect(started).toHaveLength(2);
  });

  it('fails the calls a failed sync answers, and starts afresh for the next', async () => {
    const { started, sync } = manualSync();
    const log = new WalSync(sync);
    const first = log.flushed();
    const second = log.flushed();
    started[0]!.fail(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    expect(started).toHaveLength(2);
    started[1]!.fail(new Error('EIO again'));
    await expect(second).rejects.toThrow('EIO again');
    const third = log.flushed();
    started[2]!.finish();
    await expect(third).resolves.toBeUndefined();
  });

  it('syncs a real log file, also once it has been replaced, and passes when there is none', async () => {
    const file = join(dir, 'x.db-wal');
    const sync = logFileSync(file);
    await expect(sync()).resolves.toBeUndefined();
    writeFileSync(file, 'frames');
    await expect(sync()).resolves.toBeUndefined();
    await expect(sync()).resolves.toBeUndefined();
    rmSync(file);
    writeFileSync(file, 'new frames');
    await expect(sync()).resolves.toBeUndefined();
  });
});

describe('writes on an embedded file', () => {
  it('commit without SQLite syncing on the event loop: the store syncs the log itself', async () => {
    const file = join(dir, 'store.db');
    const store = await openStore(`file:${file}`);
    try {
      await store.write((tx) => tx.insert(settings).values({ key: 'k', value: 'v' }));
      const level = await store.client.execute('PRAGMA synchronous');
      expect(level.rows[0]?.[0]).toBe(1);
      // The file the store syncs is the log SQLite writes; were it named otherwise, nothing would be synced.
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('fail when their commit could not be synced, except one that failed on its own', async () => {
    const { client, db } = await settingsDb('unsynced.db');
    const queue = new WriteQueue(() => Promise.reject(new Error('EIO')));
    try {
      const outcomes = await Promise.allSettled([
        queue.run(db, (tx) => tx.insert(settings).values({ key: 'a', value: '1' })),
        queue.run(db, () => Promise.reject(new Error('refused'))),
      ]);
      expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as Error).message)).toEqual([
        'EIO',
        'refused',
      ]);
    } finally {
      client.close();
    }
  });

  it('are reported done only once their commit is on disk, while later commits go on', async () => {
    const { client, db } = await settingsDb('queue.db');
    const keys = async () => (await db.select().from(settings)).map((r) => r.key).sort();
    const { started, sync } = manualSync();
    const log = new WalSync(sync);
    const queue = new WriteQueue(() => log.flushed());
    try {
      const first = queue.run(db, (tx) => tx.insert(settings).values({ key: 'a', value: '1' }));
      await vi.waitFor(() => expect(started).toHaveLength(1));
      expect(await keys()).toEqual(['a']);
      const second = queue.run(db, (tx) => tx.insert(settings).values({ key: 'b', value: '2' }));
      await vi.waitFor(async () => expect(await keys()).toEqual(['a', 'b']));
      expect(await settled(first)).toBe(false);
      expect(await settled(second)).toBe(false);
      started[0]!.finish();
      await first;
      // The second commit came after the first sync began, so only the next one covers it.
      expect(await settled(second)).toBe(false);
      expect(started).toHaveLength(2);
      started[1]!.finish();
      await second;
    } finally {
      client.close();
    }
  });
});
