import type { Client } from '@libsql/client';
import type { Database, Tx } from './store.js';

/**
 * How long SQLite itself retries a locked database file. It sleeps inside the native call with the
 * event loop stopped, so it stays short; longer waits happen below, between turns of the loop.
 */
export const NATIVE_BUSY_TIMEOUT_MS = 100;
/** How long a write waits for another process's lock before it fails (and a request gets 503). */
const BUSY_WAIT_MS = 5000;

export function isBusy(err: unknown): boolean {
  return (
    err instanceof Error && /SQLITE_BUSY|database is locked/i.test(`${err.message} ${String(err.cause)}`)
  );
}

/**
 * Whether the write lock is free right now. `executeMultiple` runs through SQLite's exec, which
 * finalizes a statement that failed busy, so asking leaves the connection clean.
 */
async function lockIsFree(client: Client): Promise<boolean> {
  try {
    await client.executeMultiple('BEGIN IMMEDIATE; ROLLBACK;');
    return true;
  } catch (err) {
    if (isBusy(err)) return false;
    throw err;
  }
}

/**
 * A write transaction on an embedded file that waits, without stopping the event loop, while another
 * process (the CLI, a backup) holds the lock, and fails busy after BUSY_WAIT_MS. Only a BEGIN that
 * failed is tried again: once `fn` has run, its error is the caller's.
 *
 * libsql 0.5 leaves a BEGIN that failed busy in progress on its connection, and no COMMIT on that
 * connection succeeds until the connection is dropped (tursodatabase/libsql-client-ts#352), so the
 * client reconnects before anything else is tried.
 */
export async function transactionWhenFree<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    let began = false;
    try {
      return await db.transaction((tx) => {
        began = true;
        return fn(tx);
      });
    } catch (err) {
      if (began || !isBusy(err)) throw err;
      await db.$client.reconnect();
      for (let pause = 10; !(await lockIsFree(db.$client)); pause = Math.min(pause * 2, 200)) {
        if (Date.now() + pause > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }
}
