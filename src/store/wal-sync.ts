import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes an embedded file's commits durable without stopping the event loop. With `synchronous =
 * FULL` SQLite fsyncs the write-ahead log inside every commit, on the event loop: a quarter of the
 * events' ack path (BENCHMARKS.md). The store runs `synchronous = NORMAL`, where a commit only
 * writes the log, and reports a write done once the log has been fsynced in the thread pool: the
 * same guarantee as FULL for everything anyone was told was written. One fsync runs at a time;
 * everything committed while it runs shares the next one.
 */
export class WalSync {
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(private readonly sync: () => Promise<void>) {}

  /** Resolves once everything written to the log before the call is on disk. */
  flushed(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const after = this.running.catch(() => undefined);
    this.next = after.then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<void> {
    const run = this.sync().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }
}

/**
 * fsyncs the log file, and its directory the first time it sees that file (SQLite does the same
 * after creating a log, so that the file itself survives a power cut).
 */
export function logFileSync(logFile: string): () => Promise<void> {
  let knownLog: number | undefined;
  return async () => {
    let log;
    try {
      log = await open(logFile, 'r');
    } catch (err) {
      // No log: the last connection checkpointed it into the database file, which SQLite synced.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    try {
      await log.datasync();
      const { ino } = await log.stat();
      if (ino === knownLog) return;
      const dir = await open(dirname(logFile), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
      knownLog = ino;
    } finally {
      await log.close();
    }
  };
}
