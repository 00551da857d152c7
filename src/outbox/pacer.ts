/**
 * Keeps sends under Lark's frequency limits instead of learning them from refusals: at most
 * `limit` calls in any `windowMs` per key (5 a second to one person, or per message for patches),
 * and the app's own ceilings across all keys (50 a second, 1,000 a minute).
 *
 * A call holds its slot from the moment it starts; the slot's time is set when the answer comes
 * back, which is after Lark counted it, so a window measured here is never shorter than Lark's.
 */

export interface Limit {
  limit: number;
  windowMs: number;
}

export interface PacerLimits {
  perKey: Limit;
  app: Limit[];
}

export const LARK_LIMITS: PacerLimits = {
  perKey: { limit: 5, windowMs: 1000 },
  app: [
    { limit: 50, windowMs: 1000 },
    { limit: 1000, windowMs: 60_000 },
  ],
};

/** One slot: `at` is Infinity while its call is in flight. */
interface Slot {
  at: number;
}

const IN_FLIGHT_POLL_MS = 5;

class Window {
  private slots: Slot[] = [];
  constructor(readonly rule: Limit) {}

  /** Milliseconds until a slot is free at `now`; 0 when one is free. */
  wait(now: number): number {
    const from = now - this.rule.windowMs;
    if (this.slots.length >= this.rule.limit) this.slots = this.slots.filter((s) => s.at > from);
    if (this.slots.length < this.rule.limit) return 0;
    const finished = this.slots.filter((s) => s.at !== Infinity).map((s) => s.at);
    return finished.length ? Math.max(1, Math.min(...finished) - from) : IN_FLIGHT_POLL_MS;
  }

  take(slot: Slot): void {
    this.slots.push(slot);
  }

  idle(now: number): boolean {
    const from = now - this.rule.windowMs;
    return this.slots.every((s) => s.at <= from);
  }
}

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

export class Pacer {
  private readonly keys = new Map<string, Window>();
  private readonly app: Window[];

  constructor(
    private readonly limits: PacerLimits = LARK_LIMITS,
    private readonly clock: PacerClock = realClock,
  ) {
    this.app = limits.app.map((rule) => new Window(rule));
  }

  /**
   * Waits for a free slot for `key` and takes it; call the returned function when the call has
   * been answered (or failed). Slots are taken synchronously, so concurrent callers never share one.
   */
  async acquire(key: string): Promise<() => void> {
    let own = this.keys.get(key);
    if (!own) this.keys.set(key, (own = new Window(this.limits.perKey)));
    const windows = [own, ...this.app];
    for (;;) {
      const now = this.clock.now();
      const wait = Math.max(...windows.map((w) => w.wait(now)));
      if (wait === 0) break;
      await this.clock.sleep(wait);
    }
    const slot: Slot = { at: Infinity };
    for (const w of windows) w.take(slot);
    this.prune();
    return () => {
      slot.at = this.clock.now();
    };
  }

  /** Forgets people who have not been sent to for a window, so the map does not grow for ever. */
  private prune(): void {
    if (this.keys.size < 1024) return;
    const now = this.clock.now();
    for (const [key, w] of this.keys) if (w.idle(now)) this.keys.delete(key);
  }
}
