export interface RateLimit {
  count: number;
  windowMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Holds calls back so that no more than `count` start within any `windowMs`, for each limit. The
 * windows are rolling, which keeps within a gateway that counts by fixed or rolling windows alike.
 */
export class Pacer {
  private readonly starts: number[] = [];
  private readonly longest: number;

  constructor(private readonly limits: RateLimit[]) {
    this.longest = Math.max(...limits.map((l) => l.windowMs));
  }

  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.starts.length && now - this.starts[0]! >= this.longest) this.starts.shift();
      let wait = 0;
      for (const { count, windowMs } of this.limits) {
        const inWindow = this.starts.filter((t) => now - t < windowMs);
        if (inWindow.length >= count)
          wait = Math.max(wait, inWindow[inWindow.length - count]! + windowMs - now);
      }
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      await sleep(wait);
    }
  }
}

/**
 * The contact API's limits (docs/lark-platform.md §10), with a little room: our clock starts a call
 * a moment before the gateway counts it, so calls sent 1 s apart may arrive nearer together.
 */
export const CONTACT_LIMITS: RateLimit[] = [
  { count: 50, windowMs: 1_050 },
  { count: 1_000, windowMs: 61_000 },
];
