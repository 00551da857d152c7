import type { Client, Transaction, TransactionMode } from '@libsql/client';
import { storeOn, type Database, type Store } from './store.js';

const CONTENTION = new Set<unknown>(['TRANSACTION_TIMEOUT', 'SQLITE_BUSY']);
const ATTEMPTS = 5;

function codeOf(err: unknown): unknown {
  // drizzle wraps the driver's error (with its code) in a "Failed query" error.
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return e?.code ?? e?.cause?.code;
}

/**
 * Under load a libSQL server ends a write transaction that held its lock too long while others waited
 * (TRANSACTION_TIMEOUT: one in 100 concurrent clicks from two instances on one sqld), or refuses to
 * begin one (SQLITE_BUSY). Nothing of it was written, so the whole write runs again, a few times.
 */
async function retryOnContention<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= ATTEMPTS || !CONTENTION.has(codeOf(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

/**
 * When the server has already ended a transaction, drizzle's ROLLBACK fails ("no transaction is
 * active") and that error replaces the one that says why. There is nothing left to undo then.
 */
function keepFirstError(client: Client): void {
  const begin = client.transaction.bind(client);
  client.transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    const tx = await begin(mode);
    const rollback = tx.rollback.bind(tx);
    tx.rollback = () => rollback().catch(() => undefined);
    return tx;
  };
}

/** A libSQL server's store: every write is one server-side transaction; no in-process queue. */
export function serverStore(db: Database, client: Client): Store {
  keepFirstError(client);
  return storeOn(db, client, (fn) => retryOnContention(() => db.transaction(fn)));
}
