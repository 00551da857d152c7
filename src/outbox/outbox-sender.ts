import type { ApprovalCenterApi, ExternalInstanceBody } from '../lark/approval-center.js';
import { DrainLoop } from '../drain-loop.js';
import type { EdgePressure } from '../edge/edge-pressure.js';
import { scrubError, type Logger } from '../log.js';
import type { Store } from '../store/db.js';
import { inLanes } from '../lanes.js';
import { CardGoneError, SendError, type Messenger, type Refusal } from './messenger.js';
import {
  claimRow,
  dueRows,
  markDead,
  markRetry,
  markSent,
  markSettled,
  messageIdForCard,
  type OutboxRow,
} from './outbox-repo.js';
import { Pacer } from './pacer.js';
import { recordRefusal, type RefusalHook } from './refusals.js';

export interface SenderOptions {
  maxAttempts?: number;
  /** First retry delay; doubles each attempt, capped at a minute. */
  baseDelayMs?: number;
  pollMs?: number;
  /** Keeps sends under the platform's frequency limits; Lark's own by default. */
  pacer?: Pacer;
  /** open_ids told in chat when the platform will not deliver to someone. */
  administrators?: string[];
  /** Run in the transaction that records a person-level refusal. */
  onRefused?: RefusalHook[];
  /** Where `center-sync` rows go; such rows are dead without it. */
  approvalCenter?: ApprovalCenterApi;
  /** Runs a `calendar-sync` row: the shared quiet-period calendar brought in line; dead without it. */
  quietCalendarSync?: () => Promise<void>;
}

const CLAIM_MS = 60_000;
/** People sent to at once: each at most 5 a second, so together under the app's 50 a second. */
const LANES = 8;

/** Lark counts messages per chat (the person's one-to-one chat) and patches per message. */
function paceKey(row: OutboxRow, target: string): string {
  return row.kind === 'send' || row.kind === 'reply' ? `to:${row.recipient}` : `${row.kind}:${target}`;
}

/** Drains the outbox, several people at a time; messages to one person keep their order, retries included. */
export class OutboxSender {
  private readonly loop: DrainLoop;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly pacer: Pacer;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly log: Logger,
    private readonly opts: SenderOptions = {},
    private readonly pressure?: EdgePressure,
  ) {
    this.maxAttempts = opts.maxAttempts ?? 8;
    this.baseDelayMs = opts.baseDelayMs ?? 1000;
    this.pacer = opts.pacer ?? new Pacer();
    this.loop = new DrainLoop('outbox', () => () => this.pass(), log);
  }

  start(): void {
    this.loop.start(this.opts.pollMs ?? 1000);
  }

  stop(): void {
    this.loop.stop();
  }

  /** Starts a drain, or asks the running one to look again; resolves when the outbox has no due rows. */
  kick(): Promise<void> {
    return this.loop.kick();
  }

  private async pass(): Promise<void> {
    for (;;) {
      const rows = await dueRows(this.store.db, 50);
      if (rows.length === 0) break;
      // One lane per person: a row that has to wait holds back that person's later rows.
      await inLanes(
        rows,
        (row) => row.recipient,
        LANES,
        (row) => this.deliver(row),
      );
    }
  }

  /** True once the row is settled (sent or dead); false while it still waits for a send. */
  private async deliver(row: OutboxRow): Promise<boolean> {
    await this.pressure?.giveWay();
    if (!(await this.claim(row))) return false;
    try {
      const target = await this.resolveTarget(row);
      if (target === undefined) {
        await this.later(row, this.baseDelayMs, false, '等待卡片先发送');
        return false;
      }
      const release = await this.pacer.acquire(paceKey(row, target));
      const messageId = await this.dispatch(row, target).finally(release);
      await this.store.write((tx) => markSent(tx, row, messageId, new Date().toISOString()));
      return true;
    } catch (err) {
      if (err instanceof CardGoneError) {
        // The fresh card sent for the same step carries the state; nothing waits on this one.
        this.log.info({ outboxId: row.id, reason: err.message }, 'card no longer updatable, patch dropped');
        await this.store.write((tx) => markSettled(tx, row, err.message, new Date().toISOString()));
        return true;
      }
      const retryable = !(err instanceof SendError) || err.retryable;
      // A rate limit says when to come back; it is not a failed attempt, so it never kills a message.
      const rateLimited = err instanceof SendError && err.retryAfterMs !== undefined;
      const delay =
        err instanceof SendError && err.retryAfterMs !== undefined
          ? err.retryAfterMs
          : Math.min(60_000, this.baseDelayMs * 2 ** row.attempts);
      const reason = err instanceof SendError ? err.message : String(scrubError(err).message ?? 'unknown');
      if (err instanceof SendError && err.refusal) {
        await this.refused(row, err.refusal, reason);
        return true;
      }
      if (!retryable || (!rateLimited && row.attempts + 1 >= this.maxAttempts)) {
        await this.dead(row, reason);
        return true;
      }
      this.log.warn(
        { outboxId: row.id, attempt: row.attempts + 1, reason },
        'outbox send failed, will retry',
      );
      await this.later(row, delay, !rateLimited, reason);
      return false;
    }
  }

  /**
   * If this sender dies mid-send, the row is due again when the lease ends, and the retry keeps its
   * uuid, so Lark still posts it once.
   */
  private claim(row: OutboxRow): Promise<boolean> {
    const until = new Date(Date.now() + CLAIM_MS).toISOString();
    return this.store.write((tx) => claimRow(tx, row, until));
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
        return (
          await this.messenger.reply(target, row.recipient, row.msgType ?? 'text', content, row.uuid, {
            inThread: row.inThread,
          })
        ).messageId;
      case 'patch':
        await this.messenger.patch(target, content);
        return target;
      case 'urgent':
        await this.messenger.urgent(target, [row.recipient]);
        return target;
      case 'center-sync':
        if (!this.opts.approvalCenter) throw new SendError('审批中心未启用', false);
        await this.opts.approvalCenter.syncInstance(JSON.parse(content) as ExternalInstanceBody);
        return target;
      case 'calendar-sync':
        if (!this.opts.quietCalendarSync) throw new SendError('安静期日历未启用', false);
        await this.opts.quietCalendarSync();
        return target;
    }
  }

  private async later(row: OutboxRow, delayMs: number, countAttempt: boolean, reason: string): Promise<void> {
    const at = new Date(Date.now() + delayMs).toISOString();
    await this.store.write((tx) => markRetry(tx, row, { at, countAttempt, reason }));
  }

  private async refused(row: OutboxRow, refusal: Refusal, detail: string): Promise<void> {
    this.log.warn({ outboxId: row.id, code: refusal.code, detail }, 'recipient cannot be reached');
    const opts = { detail, administrators: this.opts.administrators ?? [], hooks: this.opts.onRefused ?? [] };
    await this.store.write((tx) => recordRefusal(tx, row, refusal, opts));
  }

  private async dead(row: OutboxRow, reason: string): Promise<void> {
    this.log.error({ outboxId: row.id, attempts: row.attempts + 1, reason }, 'outbox message is dead');
    await this.store.write((tx) => markDead(tx, row, reason));
  }
}
