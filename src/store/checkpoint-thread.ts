import { Worker } from 'node:worker_threads';
import { libsqlDriver } from './native-connections.js';

/**
 * Runs on the thread: its own connection to the file, one passive checkpoint per message; `close`,
 * queued behind them, closes the connection and lets the thread end. Plain JavaScript so that it
 * starts the same under tsx, vitest and the bundle.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.exec('PRAGMA wal_autocheckpoint = 0');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
parentPort.on('message', (id) => {
  if (id === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    checkpoint.all();
    parentPort.postMessage({ id });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

/** A thread is a few MiB of heap at most: it holds one connection and a prepared statement. */
const LIMITS = { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 };

type Answer = { id: number; error?: string };

/**
 * Checkpoints an embedded file's write-ahead log on a thread of its own. A checkpoint copies the log
 * into the database file and fsyncs both, which on the event loop stopped every request for as long
 * as it took (370 ms for a 256 MiB log, BENCHMARKS.md); a passive checkpoint takes no lock that the
 * event loop's readers or writers wait on, so it can run beside them. The thread starts on the first
 * checkpoint and keeps the process alive only while a checkpoint runs.
 *
 * The thread is never terminated: a thread stopped inside a driver call (by `terminate()`, or by Node
 * at exit) aborts the whole process, as the driver asserts on its way back into JavaScript
 * (docs/operations.md, "The native driver's abort at exit").
 */
export class CheckpointThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  private nextId = 0;

  constructor(private readonly file: string) {}

  checkpoint(): Promise<void> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage(id);
    });
  }

  /** Resolves once the thread has finished the checkpoints asked before and ended. */
  close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return Promise.resolve();
    return new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.ref();
      worker.postMessage('close');
    });
  }

  private spawn(): Worker {
    const worker = new Worker(THREAD, {
      eval: true,
      workerData: { driver: libsqlDriver(), file: this.file },
      resourceLimits: LIMITS,
    });
    worker.unref();
    worker.on('message', ({ id, error }: Answer) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (this.waiting.size === 0 && this.worker === worker) worker.unref();
      if (error === undefined) waiter?.resolve();
      else waiter?.reject(new Error(`checkpoint failed: ${error}`));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(err);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`checkpoint thread exited with ${code}`)));
    return worker;
  }
}
