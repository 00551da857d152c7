import { Worker } from 'node:worker_threads';
import { libsqlDriver } from '../store/native-connections.js';

/**
 * Runs on the thread. `copy` takes a snapshot of `source` into `target` with VACUUM INTO on a
 * connection of its own; `check` runs SQLite's integrity check on a file. Plain JavaScript so that it
 * starts the same under tsx, vitest and the bundle (as checkpoint-thread.ts).
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { op, source, target, busyMs } = workerData;
try {
  if (op === 'copy') {
    const db = new Database(source);
    db.exec('PRAGMA wal_autocheckpoint = 0; PRAGMA busy_timeout = ' + busyMs);
    const started = Date.now();
    db.prepare('VACUUM INTO ?').run(target);
    db.close();
    parentPort.postMessage({ ms: Date.now() - started });
  } else {
    const db = new Database(source, { readonly: true });
    const rows = db.prepare('PRAGMA integrity_check').raw().all();
    db.close();
    parentPort.postMessage({ result: rows.map((r) => String(r[0])).join('; ') });
  }
} catch (err) {
  parentPort.postMessage({ error: String((err && err.message) || err) });
}
`;

type Answer = { ms?: number; result?: string; error?: string };

function onThread(data: Record<string, unknown>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD, {
      eval: true,
      workerData: { driver: libsqlDriver(), busyMs: 5000, ...data },
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    // The thread ends by itself once it has answered; terminated inside a driver call instead, it
    // would abort the process (checkpoint-thread.ts).
    worker.once('message', (answer: Answer) => {
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`backup thread exited with ${code}`)));
  });
}

/**
 * A consistent copy of an embedded file while the bot serves from it.
 *
 * Why VACUUM INTO on a connection (and thread) of its own, not the write queue: in WAL mode it is a
 * plain read transaction. It sees every commit made before it started and none after, and takes no
 * lock a writer waits on: writers go on appending to the log meanwhile. What it holds back is the
 * checkpoint, which cannot copy frames newer than its snapshot into the file, so the log grows for as
 * long as the copy runs and is checkpointed afterwards (bench/backup.ts measures both). Run inside the
 * write queue, every write queued behind it would wait for the whole copy, seconds for a large file;
 * run on the event loop, the synchronous driver would stop every request for as long. It works the
 * same from the CLI, another process, since SQLite itself keeps the snapshot. The driver has no
 * backup API (libsql 0.5 throws "not implemented"), and that API restarts whenever another
 * connection writes.
 *
 * SQLite does not fsync the file VACUUM INTO writes; the caller does.
 */
export async function copyDatabase(source: string, target: string): Promise<{ ms: number }> {
  const { ms } = await onThread({ op: 'copy', source, target });
  return { ms: ms ?? 0 };
}

/** SQLite's `PRAGMA integrity_check` of a file, off the event loop: `ok` or what is wrong. */
export async function integrityOf(file: string): Promise<string> {
  return (await onThread({ op: 'check', source: file })).result ?? '';
}
