import { describe, expect, it } from 'vitest';
import { WalCheckpointer } from '../../src/store/wal-checkpointer.js';

function checkpointer(quiet: { value: boolean }, fail = false) {
  const runs: number[] = [];
  const errors: unknown[] = [];
  const c = new WalCheckpointer(
    async () => {
      if (fail) throw new Error('disk I/O error');
      runs.push(runs.length);
    },
    () => quiet.value,
    (err) => errors.push(err),
  );
  return { c, runs, errors };
}

describe('the WAL checkpointer', () => {
  it('checkpoints while the edge is quiet', async () => {
    const { c, runs } = checkpointer({ value: true });
    expect(await c.tick()).toBe(true);
    expect(await c.tick()).toBe(true);
    expect(runs).toHaveLength(2);
  });

  it('waits while events arrive, but not longer than ten seconds', async () => {
    const quiet = { value: false };
    const { c, runs } = checkpointer(quiet);
    const start = Date.now();
    expect(await c.tick(start + 1_000)).toBe(false);
    expect(await c.tick(start + 9_000)).toBe(false);
    expect(await c.tick(start + 10_500)).toBe(true);
    expect(await c.tick(start + 11_000)).toBe(false);
    quiet.value = true;
    expect(await c.tick(start + 11_500)).toBe(true);
    expect(runs).toHaveLength(2);
  });

  it('never runs two checkpoints at once', async () => {
    const { c, runs } = checkpointer({ value: true });
    const both = await Promise.all([c.tick(), c.tick()]);
    expect(both).toEqual([true, false]);
    expect(runs).toHaveLength(1);
  });

  it('reports a failed checkpoint and tries again on the next tick', async () => {
    const { c, errors } = checkpointer({ value: true }, true);
    expect(await c.tick()).toBe(false);
    expect(await c.tick()).toBe(false);
    expect(errors).toHaveLength(2);
  });
});
