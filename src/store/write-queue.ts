import { sql } from 'drizzle-orm';
import { transactionWhenFree } from './busy-lock.js';
import type { Database, Tx } from './db.js';

type Job = {
  db: Database;
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Writes that arrive while a commit is in flight share the next one; more would only add latency. */
const MAX_BATCH = 128;

/**
 * One writer at a time, with group commit. The embedded libSQL driver blocks the event loop while it
 * waits on a busy database, so concurrent write transactions in one process deadlock or fail;
 * queueing them in-process made 200 concurrent writers all succeed (docs/lark-platform.md §7). Writes queued
 * behind one another run in one transaction, each inside its own savepoint: a write that throws undoes
 * only itself. A write is settled once `durable` says its commit is on disk; the next transaction
 * does not wait for that, so commits go on while the disk syncs (see wal-sync.ts).
 */
export class WriteQueue {
  private readonly waiting: Job[] = [];
  private draining = false;

  constructor(private readonly durable: () => Promise<void>) {}

  /** Runs `fn` in a transaction on `db`, possibly shared with other writes queued at the same time. */
  run<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ db, fn, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /**
   * A transaction runs start to commit without yielding to I/O (the driver is synchronous), so a
   * batch is only worth waiting for across one turn of the event loop: requests read in the same
   * turn, or while the previous commit blocked the loop, join it.
   */
  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        await (batch.length === 1 ? this.runAlone(batch[0]!) : this.runTogether(batch));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  private async runAlone(job: Job): Promise<void> {
    try {
      this.settleOnDisk([job], [{ ok: true, value: await transactionWhenFree(job.db, job.fn) }]);
    } catch (err) {
      job.reject(err);
    }
  }

  private async runTogether(batch: Job[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await transactionWhenFree(batch[0]!.db, async (tx) => {
        const done: Outcome[] = [];
        for (const job of batch) {
          await tx.run(sql`SAVEPOINT group_write`);
          try {
            done.push({ ok: true, value: await job.fn(tx) });
          } catch (error) {
            done.push({ ok: false, error });
            await tx.run(sql`ROLLBACK TO group_write`);
          }
          await tx.run(sql`RELEASE group_write`);
        }
        return done;
      });
    } catch (err) {
      for (const job of batch) job.reject(err);
      return;
    }
    this.settleOnDisk(batch, outcomes);
  }

  private settleOnDisk(batch: Job[], outcomes: Outcome[]): void {
    const settle = (unsynced?: { error: unknown }) =>
      batch.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (!outcome.ok) job.reject(outcome.error);
        else if (unsynced) job.reject(unsynced.error);
        else job.resolve(outcome.value);
      });
    this.durable().then(
      () => settle(),
      (error: unknown) => settle({ error }),
    );
  }
}
