export interface RateLimit {
  count: number;
  windowMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Holds calls back so that no more than `count` fall within any `windowMs`, for each limit. A call
 * counts from its start until `windowMs` after its answer came back: the gateway saw it at some
 * moment in between, so the next call cannot arrive within the same window however the network
 * delayed either one.
 */
export class Pacer {
  /** Answer times of recent calls; `undefined` while a call is in flight. */
  private readonly calls: (number | undefined)[] = [];
  private readonly longest: number;

  constructor(private readonly limits: RateLimit[]) {
    this.longest = Math.max(...limits.map((l) => l.windowMs));
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    const slot = await this.take();
    try {
      return await call();
    } finally {
      this.calls[this.calls.indexOf(slot)] = Date.now();
    }
  }

  private async take(): Promise<number | undefined> {
    for (;;) {
      const now = Date.now();
      for (let i = this.calls.length - 1; i >= 0; i--) {
        const at = this.calls[i];
        if (at !== undefined && now - at >= this.longest) this.calls.splice(i, 1);
      }
      let wait = 0;
      for (const { count, windowMs } of this.limits) {
        const live = this.calls.filter((at) => at === undefined || now - at < windowMs);
        if (live.length < count) continue;
        const done = live.filter((at): at is number => at !== undefined).sort((a, b) => a - b);
        // Calls still in flight free no room until they answer; look again shortly.
        const freed = done[live.length - count];
        wait = Math.max(wait, freed === undefined ? 10 : freed + windowMs - now);
      }
      if (wait <= 0) {
        this.calls.push(undefined);
        return undefined;
      }
      await sleep(wait);
    }
  }
}

/** The contact API's limits: 50 calls a second and 1,000 a minute (docs/lark-platform.md §10). */
export const CONTACT_LIMITS: RateLimit[] = [
  { count: 50, windowMs: 1_000 },
  { count: 1_000, windowMs: 60_000 },
];
