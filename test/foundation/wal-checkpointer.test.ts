import { describe, expect, it } from 'vitest';
import { MAX_WAL_BYTES, WalCheckpointer } from '../../src/store/wal-checkpointer.js';

function checkpointer(state: { quiet: boolean; bytes: number; fail?: boolean }) {
  const runs: number[] = [];
  const errors: unknown[] = [];
  const c = new WalCheckpointer(
    {
      async checkpoint() {
        if (state.fail) throw new Error('disk I/O error');
        runs.push(state.bytes);
        state.bytes = 0;
      },
      bytes: () => state.bytes,
    },
    () => state.quiet,
    (err) => errors.push(err),
  );
  return { c, runs, errors };
}

describe('the WAL checkpointer', () => {
  it('checkpoints while the edge is quiet', async () => {
    const { c, runs } = checkpointer({ quiet: true, bytes: 4096 });
    expect(await c.tick()).toBe(true);
    expect(await c.tick()).toBe(true);
    expect(runs).toEqual([4096, 0]);
  });

  it('waits while events arrive, unless the log has grown past its bound', async () => {
    const state = { quiet: false, bytes: MAX_WAL_BYTES - 1 };
    const { c, runs } = checkpointer(state);
    expect(await c.tick()).toBe(false);
    state.bytes = MAX_WAL_BYTES;
    expect(await c.tick()).toBe(true);
    expect(await c.tick()).toBe(false);
    state.quiet = true;
    expect(await c.tick()).toBe(true);
    expect(runs).toEqual([MAX_WAL_BYTES, 0]);
  });

  it('never runs two checkpoints at once', async () => {
    const { c, runs } = checkpointer({ quiet: true, bytes: 1 });
    expect(await Promise.all([c.tick(), c.tick()])).toEqual([true, false]);
    expect(runs).toHaveLength(1);
  });

  it('reports a failed checkpoint and tries again on the next tick', async () => {
    const { c, errors } = checkpointer({ quiet: true, bytes: 1, fail: true });
    expect(await c.tick()).toBe(false);
    expect(await c.tick()).toBe(false);
    expect(errors).toHaveLength(2);
  });
});
