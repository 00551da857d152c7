import { Repeating } from '../repeating.js';
import type { EdgePressure } from '../edge/edge-pressure.js';
import { scrubError, type Logger } from '../log.js';
import type { Store } from '../store/db.js';
import { AlreadyProcessed, markFailedAttempt, pendingEvents } from './inbox-repo.js';
import { inLanes } from './lanes.js';

export type EventProcessor = (eventId: string, eventType: string, payload: unknown) => Promise<void>;

/** Conversations handled side by side; each one's messages still go strictly in turn. */
const LANES = 8;

type PendingRow = Awaited<ReturnType<typeof pendingEvents>>[number] & { data: unknown };

function conversationOf(eventId: string, data: unknown): string {
  const chat = (data as { message?: { chat_id?: unknown } } | null)?.message?.chat_id;
  return typeof chat === 'string' ? chat : eventId;
}

/**
 * Drains the inbox after the ack. On start it resumes whatever a crash left pending; handlers mark
 * their row done inside their own transaction, so a replay never applies an effect twice.
 */
export class InboxWorker {
  private running: Promise<void> | undefined;
  private again = false;
  private readonly timer = new Repeating();

  constructor(
    private readonly store: Store,
    private readonly process: EventProcessor,
    private readonly log: Logger,
    private readonly maxAttempts = 5,
    private readonly pressure?: EdgePressure,
  ) {}

  /** Resumes rows left by a crash at once, then retries failed attempts on a slow poll. */
  start(pollMs = 5000): void {
    this.timer.start(pollMs, () => this.kick());
    void this.kick();
  }

  stop(): void {
    this.timer.stop();
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
    const failed = new Set<string>();
    do {
      this.again = false;
      for (;;) {
        const rows = (await pendingEvents(this.store.db, 100))
          .filter((r) => !failed.has(r.eventId))
          .map((r) => ({ ...r, data: JSON.parse(r.payload) as unknown }));
        if (rows.length === 0) break;
        await inLanes(
          rows,
          (r) => conversationOf(r.eventId, r.data),
          LANES,
          (row) => this.handle(row, failed),
        );
      }
    } while (this.again);
  }

  /** One event; a failure is recorded and skipped for the rest of this round. Always carries on. */
  private async handle(row: PendingRow, failed: Set<string>): Promise<boolean> {
    await this.pressure?.giveWay();
    try {
      await this.process(row.eventId, row.eventType, row.data);
    } catch (err) {
      if (err instanceof AlreadyProcessed) return true;
      failed.add(row.eventId);
      const giveUp = row.attempts + 1 >= this.maxAttempts;
      this.log.error({ eventId: row.eventId, err: scrubError(err), giveUp }, 'event processing failed');
      await markFailedAttempt(this.store, row.eventId, String(scrubError(err).message), giveUp);
    }
    return true;
  }
}
