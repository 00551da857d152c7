import { describe, expect, it } from 'vitest';
import { inLanes } from '../../src/lanes.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('work in lanes', () => {
  it('keeps each key in order, overlaps different keys, and stops a lane on false', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ key: `k${i % 5}`, i }));
    const done: number[] = [];
    let running = 0;
    let most = 0;
    await inLanes(
      items,
      (x) => x.key,
      3,
      async (x) => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done.push(x.i);
        return !(x.key === 'k4' && x.i >= 9);
      },
    );
    expect(most).toBe(3);
    for (let k = 0; k < 4; k++) {
      const lane = done.filter((i) => i % 5 === k);
      expect(lane).toEqual([...lane].sort((a, b) => a - b));
      expect(lane).toHaveLength(6);
    }
    expect(done.filter((i) => i % 5 === 4)).toEqual([4, 9]);
  });
});
