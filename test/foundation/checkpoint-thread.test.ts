import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointThread } from '../../src/store/checkpoint-thread.js';
import { fillLog } from '../fixtures/checkpoint/fill-log.js';
import { runTs } from '../support/child.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'zhifa-checkpoint-')), 'log.db');

// A thread stopped inside a driver call aborts the whole process (neon's PendingException assertion),
// which in a test run loses the file; these would abort the test process or the child.
describe('the checkpoint thread', () => {
  it('finishes a checkpoint under way when closed, then ends', async () => {
    const file = tempFile();
    const thread = new CheckpointThread(file);
    await thread.checkpoint();
    const db = fillLog(file, 32);
    const running = thread.checkpoint();
    await thread.close();
    await expect(running).resolves.toBeUndefined();
    const [busy, frames, copied] = db.prepare('PRAGMA wal_checkpoint(PASSIVE)').raw().all()[0]!;
    expect(busy).toBe(0);
    expect(copied).toBe(frames);
    db.close();
  });

  it('keeps the process alive while a checkpoint runs, so that it ends cleanly', async () => {
    const child = runTs('test/fixtures/checkpoint/exit-mid-checkpoint.ts', [tempFile()]);
    expect(await child.exited).toBe(0);
    expect(child.output).toEqual(['checkpointed']);
  });
});
