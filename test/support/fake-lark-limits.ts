// The platform's frequency limits, counted over sliding windows of accepted requests: 5 messages a
// second to one user or chat (HTTP 400, code 230020), 5 patches a second to one message, and per
// app 50 a second and 1,000 a minute for each API (HTTP 429, code 99991400, x-ogw-ratelimit-reset).
import { fail, type Reply } from './fake-lark-content.js';

export interface RateLimits {
  /** Messages a second to one user or chat, and patches a second to one message. */
  perTarget: number;
  appPerSecond: number;
  appPerMinute: number;
  /** The length of "a second"; tests that are not about pacing may shorten it. */
  secondMs: number;
}

export const PLATFORM_LIMITS: RateLimits = {
  perTarget: 5,
  appPerSecond: 50,
  appPerMinute: 1000,
  secondMs: 1000,
};

export type Verdict =
  | { ok: true }
  | { ok: false; scope: 'target' }
  | { ok: false; scope: 'app'; limit: number; resetSeconds: number };

class Window {
  private readonly stamps = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly ms: number,
  ) {}

  /** Milliseconds until `key` has room again; 0 when it has room now. */
  wait(key: string, now: number): number {
    const list = (this.stamps.get(key) ?? []).filter((t) => t > now - this.ms);
    this.stamps.set(key, list);
    return list.length < this.limit ? 0 : list[0]! + this.ms - now;
  }

  note(key: string, now: number): void {
    const list = this.stamps.get(key);
    if (list) list.push(now);
    else this.stamps.set(key, [now]);
  }

  clear(): void {
    this.stamps.clear();
  }
}

export class RateLimiter {
  private readonly target: Window;
  private readonly second: Window;
  private readonly minute: Window;

  constructor(
    readonly limits: RateLimits,
    private readonly clock: () => number,
  ) {
    this.target = new Window(limits.perTarget, limits.secondMs);
    this.second = new Window(limits.appPerSecond, limits.secondMs);
    this.minute = new Window(limits.appPerMinute, limits.secondMs * 60);
  }

  /** Checks one call of `api`; `target` is the chat (send, reply) or message (patch) it writes to. */
  admit(api: string, target: string | undefined): Verdict {
    const now = this.clock();
    const perSecond = this.second.wait(api, now);
    const perMinute = this.minute.wait(api, now);
    if (perSecond || perMinute) {
      const limit = perMinute ? this.limits.appPerMinute : this.limits.appPerSecond;
      return {
        ok: false,
        scope: 'app',
        limit,
        resetSeconds: Math.ceil(Math.max(perSecond, perMinute) / 1000),
      };
    }
    if (target !== undefined && this.target.wait(target, now)) return { ok: false, scope: 'target' };
    this.second.note(api, now);
    this.minute.note(api, now);
    if (target !== undefined) this.target.note(target, now);
    return { ok: true };
  }

  clear(): void {
    for (const w of [this.target, this.second, this.minute]) w.clear();
  }
}

/**
 * The platform's answer when one call of `api` (to `target`) is over a limit, or undefined when it
 * is admitted; checked once a request is otherwise acceptable.
 */
export function overLimit(limiter: RateLimiter, api: string, target?: string): Reply | undefined {
  const verdict = limiter.admit(api, target);
  if (verdict.ok) return undefined;
  if (verdict.scope === 'target')
    return fail(400, 230020, 'This operation triggers the frequency limit of the chat or message.');
  const headers = {
    'x-ogw-ratelimit-limit': String(verdict.limit),
    'x-ogw-ratelimit-reset': String(verdict.resetSeconds),
  };
  return { ...fail(429, 99991400, 'request trigger frequency limit'), headers };
}
