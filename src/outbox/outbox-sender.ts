import { eq } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.js';
import { scrubError, type Logger } from '../log.js';
import type { Store } from '../store/db.js';
import { SendError, type Messenger } from './messenger.js';
import { dueRows, messageIdForCard, type OutboxRow } from './outbox-repo.js';

export interface SenderOptions {
  maxAttempts?: number;
  /** First retry delay; doubles each attempt, capped at a minute. */
  baseDelayMs?: number;
  pollMs?: number;
}

/** Drains the outbox one row at a time, so messages to one person keep their order. */
export class OutboxSender {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly log: Logger,
    private readonly opts: SenderOptions = {},
  ) {
    this.maxAttempts = opts.maxAttempts ?? 8;
    this.baseDelayMs = opts.baseDelayMs ?? 1000;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.kick(), this.opts.pollMs ?? 1000);
    this.timer.unref?.();
    void this.kick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts a drain, or asks the running one to look again; resolves when the outbox has no due rows. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const rows = await dueRows(this.store.db, 50);
        if (rows.length === 0) break;
        for (const row of rows) await this.deliver(row);
      }
    } while (this.again);
  }

  private async deliver(row: OutboxRow): Promise<void> {
    try {
      const target = await this.resolveTarget(row);
      if (target === undefined) return this.later(row, this.baseDelayMs, false, '等待卡片先发送');
      const messageId = await this.dispatch(row, target);
      await this.store.write((tx) =>
        tx
          .update(outbox)
          .set({
            status: 'sent',
            attempts: row.attempts + 1,
            messageId,
            sentAt: new Date().toISOString(),
            lastError: null,
          })
          .where(eq(outbox.id, row.id)),
      );
    } catch (err) {
      const retryable = !(err instanceof SendError) || err.retryable;
      const delay =
        err instanceof SendError && err.retryAfterMs !== undefined
          ? err.retryAfterMs
          : Math.min(60_000, this.baseDelayMs * 2 ** row.attempts);
      const reason = err instanceof SendError ? err.message : String(scrubError(err).message ?? 'unknown');
      if (!retryable || row.attempts + 1 >= this.maxAttempts) return this.dead(row, reason);
      this.log.warn(
        { outboxId: row.id, attempt: row.attempts + 1, reason },
        'outbox send failed, will retry',
      );
      return this.later(row, delay, true, reason);
    }
  }

  /** A patch or buzz of a card this app sent waits until that card's own send has a message id. */
  private async resolveTarget(row: OutboxRow): Promise<string | undefined> {
    if (!row.target.startsWith('ref:')) return row.target;
    const id = await messageIdForCard(this.store.db, row.target.slice(4));
    if (id === null) throw new SendError(`找不到卡片 ${row.target}`, false);
    return id;
  }

  private async dispatch(row: OutboxRow, target: string): Promise<string | null> {
    const content = row.content ?? '';
    switch (row.kind) {
      case 'send':
        return (await this.messenger.send(target, row.msgType ?? 'text', content, row.uuid)).messageId;
      case 'reply':
        return (await this.messenger.reply(target, row.recipient, row.msgType ?? 'text', content, row.uuid))
          .messageId;
      case 'patch':
        await this.messenger.patch(target, content);
        return target;
      case 'urgent':
        await this.messenger.urgent(target, [row.recipient]);
        return target;
    }
  }

  private async later(row: OutboxRow, delayMs: number, countAttempt: boolean, reason: string): Promise<void> {
    await this.store.write((tx) =>
      tx
        .update(outbox)
        .set({
          attempts: countAttempt ? row.attempts + 1 : row.attempts,
          nextAttemptAt: new Date(Date.now() + delayMs).toISOString(),
          lastError: reason,
        })
        .where(eq(outbox.id, row.id)),
    );
  }

  private async dead(row: OutboxRow, reason: string): Promise<void> {
    this.log.error({ outboxId: row.id, attempts: row.attempts + 1, reason }, 'outbox message is dead');
    await this.store.write((tx) =>
      tx
        .update(outbox)
        .set({ status: 'dead', attempts: row.attempts + 1, lastError: reason })
        .where(eq(outbox.id, row.id)),
    );
  }
}
