import { describe, expect, it } from 'vitest';
import { sample, SplitMix64 } from '../../../src/domain/draws/index.js';

describe('SplitMix64', () => {
  it('matches the reference splitmix64.c for seed 1234567', () => {
    // Outputs of Vigna's splitmix64.c compiled with gcc, x = 1234567.
    const rng = new SplitMix64((1234567).toString(16).padStart(16, '0'));
    expect([rng.next(), rng.next(), rng.next(), rng.next(), rng.next()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });

  it('matches the reference for seed 0', () => {
    const rng = new SplitMix64('0000000000000000');
    expect([rng.next(), rng.next(), rng.next()].map((n) => n.toString(16).padStart(16, '0'))).toEqual([
      'e220a8397b1dcdaf',
      '6e789e6aa1b965f4',
      '06c45d188009454f',
    ]);
  });

  it('refuses a seed that is not 16 lower-case hex digits', () => {
    expect(() => new SplitMix64('ABCDEF0123456789')).toThrow(RangeError);
    expect(() => new SplitMix64('123')).toThrow(RangeError);
  });

  it('draws below a bound and refuses a bound below one', () => {
    const rng = new SplitMix64('00000000000000ff');
    for (let i = 0; i < 200; i += 1) {
      const n = rng.below(7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
    }
    expect(() => rng.below(0)).toThrow(RangeError);
  });

  it('samples distinct items and refuses to draw more than there are', () => {
    const rng = new SplitMix64('00000000000000ff');
    const picked = sample(['a', 'b', 'c', 'd', 'e'], 5, rng);
    expect([...picked].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(() => sample(['a'], 2, rng)).toThrow(RangeError);
  });
});
