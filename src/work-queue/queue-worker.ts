import { DrainLoop } from '../drain-loop.js';
import type { EdgePressure } from '../edge/edge-pressure.js';
import { scrubError, type Logger } from '../log.js';
import type { Store } from '../store/db.js';
import { inLanes } from '../lanes.js';
import { AlreadyProcessed, markFailedAttempt, pendingWork } from './queue-table.js';

/** One queued row as the worker hands it on: an inbound event or a follow-up, told by its type. */
export interface QueuedWork {
  /** The Lark event id, or the follow-up's id. */
  eventId: string;
  eventType: string;
  payload: unknown;
}

/** Does the row's work and marks it done in the same transaction (see app/work-dispatch.ts). */
export type WorkHandler = (work: QueuedWork) => Promise<void>;

/** Conversations handled side by side; each one's messages still go strictly in turn. */
const LANES = 8;

type PendingRow = Awaited<ReturnType<typeof pendingWork>>[number] & { data: unknown };

/** A message event's chat; a follow-up (no chat) has a lane of its own. */
function conversationOf(eventId: string, data: unknown): string {
  const chat = (data as { message?: { chat_id?: unknown } } | null)?.message?.chat_id;
  return typeof chat === 'string' ? chat : eventId;
}

/**
 * Drains the work queue (inbound events after the ack, follow-ups after their action). On start it
 * resumes whatever a crash left pending; handlers mark their row done inside their own transaction,
 * so a replay never applies an effect twice.
 */
export class QueueWorker {
  private readonly loop: DrainLoop;

  constructor(
    private readonly store: Store,
    private readonly handler: WorkHandler,
    private readonly log: Logger,
    private readonly maxAttempts = 5,
    private readonly pressure?: EdgePressure,
  ) {
    // Rows that failed in this drain are skipped until the next one.
    this.loop = new DrainLoop(
      'inbox',
      () => {
        const failed = new Set<string>();
        return () => this.pass(failed);
      },
      log,
    );
  }

  /** Resumes rows left by a crash at once, then retries failed attempts on a slow poll. */
  start(pollMs = 5000): void {
    this.loop.start(pollMs);
  }

  stop(): void {
    this.loop.stop();
  }

  kick(): Promise<void> {
    return this.loop.kick();
  }

  private async pass(failed: Set<string>): Promise<void> {
    for (;;) {
      const rows = (await pendingWork(this.store.db, 100))
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
  }

  /** One row; a failure is recorded and skipped for the rest of this round. Always carries on. */
  private async handle(row: PendingRow, failed: Set<string>): Promise<boolean> {
    await this.pressure?.giveWay();
    try {
      await this.handler({ eventId: row.eventId, eventType: row.eventType, payload: row.data });
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
