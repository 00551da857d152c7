import { describe, expect, it } from 'vitest';
import { Pacer, type PacerClock } from '../../src/outbox/pacer.js';

/** A clock that only moves when the pacer sleeps, recording each wait. */
function manualClock(): PacerClock & { waits: number[]; t: number } {
  const clock = {
    t: 0,
    waits: [] as number[],
    now: () => clock.t,
    sleep: (ms: number) => {
      clock.waits.push(ms);
      clock.t += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

const limits = { perKey: { limit: 5, windowMs: 1000 }, app: [{ limit: 8, windowMs: 1000 }] };

describe('pacer', () => {
  it('lets five calls to one person through at once and holds the sixth until the first has aged a window', async () => {
    const clock = manualClock();
    const pacer = new Pacer(limits, clock);
    for (let i = 0; i < 5; i++) {
      const done = await pacer.acquire('to:a');
      clock.t += 10; // the answer comes back 10 ms later
      done();
    }
    expect(clock.waits).toEqual([]);
    const sixthAt = clock.t;
    const done = await pacer.acquire('to:a');
    done();
    // The first call finished at 10 ms; the sixth may start a full window after that, not before.
    expect(clock.t).toBe(1010);
    expect(sixthAt).toBe(50);
  });

  it('counts a call in flight as taking its slot', async () => {
    const clock = manualClock();
    let inFlight = 0;
    const pacer = new Pacer(
      { perKey: { limit: 1, windowMs: 1000 }, app: [] },
      {
        now: clock.now,
        sleep: async (ms) => {
          inFlight += 1;
          if (inFlight === 4) release();
          await clock.sleep(ms);
        },
      },
    );
    const release = await pacer.acquire('to:a');
    await pacer.acquire('to:a');
    // It polled while the first call was unanswered, then waited out a window from its answer.
    expect(clock.waits.slice(0, 4)).toEqual([5, 5, 5, 5]);
    expect(clock.t).toBeGreaterThanOrEqual(1000);
  });

  it('keeps people apart, under the app-wide ceiling', async () => {
    const clock = manualClock();
    const pacer = new Pacer(limits, clock);
    for (const who of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) (await pacer.acquire(`to:${who}`))();
    expect(clock.waits).toEqual([]);
    (await pacer.acquire('to:i'))();
    expect(clock.t).toBe(1000);
  });
});
