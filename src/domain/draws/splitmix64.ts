/**
 * SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014),
 * exactly as Sebastiano Vigna's public-domain reference `splitmix64.c`. It is chosen because it is
 * short enough for anyone re-running a published draw to re-implement it in any language.
 */

const MASK = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const TWO_64 = 1n << 64n;

export const SEED_PATTERN = /^[0-9a-f]{16}$/;

export class SplitMix64 {
  private state: bigint;

  /** `seed` is 16 lower-case hex digits: the 64-bit initial state. */
  constructor(seed: string) {
    if (!SEED_PATTERN.test(seed)) throw new RangeError(`Seed must be 16 lower-case hex digits: ${seed}`);
    this.state = BigInt(`0x${seed}`);
  }

  /** The next 64-bit output as an unsigned bigint. */
  next(): bigint {
    this.state = (this.state + GOLDEN_GAMMA) & MASK;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  }

  /**
   * A uniform integer in [0, n). Outputs at or above the largest multiple of n below 2^64 are
   * rejected and redrawn, so no value is favoured by the modulo.
   */
  below(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Bound must be a positive integer: ${n}`);
    const bound = BigInt(n);
    const limit = TWO_64 - (TWO_64 % bound);
    for (;;) {
      const r = this.next();
      if (r < limit) return Number(r % bound);
    }
  }
}

/** `k` distinct items of `items`, in the order drawn: the first k steps of a Fisher–Yates shuffle. */
export function sample<T>(items: readonly T[], k: number, rng: SplitMix64): T[] {
  if (!Number.isSafeInteger(k) || k < 0 || k > items.length) {
    throw new RangeError(`Cannot draw ${k} of ${items.length}`);
  }
  const pool = [...items];
  for (let i = 0; i < k; i += 1) {
    const j = i + rng.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, k);
}
