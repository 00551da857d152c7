import { scrubError, type Logger } from '../log.js';
import type { Store } from '../store/db.js';
import { AlreadyProcessed, markFailedAttempt, pendingEvents } from './inbox-repo.js';

export type EventProcessor = (eventId: string, eventType: string, payload: unknown) => Promise<void>;

/**
 * Drains the inbox after the ack. On start it resumes whatever a crash left pending; handlers mark
 * their row done inside their own transaction, so a replay never applies an effect twice.
 */
export class InboxWorker {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly store: Store,
    private readonly process: EventProcessor,
    private readonly log: Logger,
    private readonly maxAttempts = 5,
  ) {}

  /** Resumes rows left by a crash at once, then retries failed attempts on a slow poll. */
  start(pollMs = 5000): void {
    this.timer ??= setInterval(() => void this.kick(), pollMs);
    this.timer.unref?.();
    void this.kick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Callers fire and forget; a database that cannot be written (locked, full) must not become an
    // unhandled rejection that ends the process. The rows stay pending for the next kick or poll.
    this.running = this.drain()
      .catch((err: unknown) => this.log.error({ err: scrubError(err) }, 'inbox drain stopped, will retry'))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async drain(): Promise<void> {
    const failedThisRound = new Set<string>();
    do {
      this.again = false;
      for (;;) {
        const rows = (await pendingEvents(this.store.db, 100)).filter((r) => !failedThisRound.has(r.eventId));
        if (rows.length === 0) break;
        for (const row of rows) {
          try {
            await this.process(row.eventId, row.eventType, JSON.parse(row.payload) as unknown);
          } catch (err) {
            if (err instanceof AlreadyProcessed) continue;
            failedThisRound.add(row.eventId);
            const giveUp = row.attempts + 1 >= this.maxAttempts;
            this.log.error({ eventId: row.eventId, err: scrubError(err), giveUp }, 'event processing failed');
            await markFailedAttempt(this.store, row.eventId, String(scrubError(err).message), giveUp);
          }
        }
      }
    } while (this.again);
  }
}
