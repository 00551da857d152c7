import { join } from 'node:path';
import type { Services } from '../app/services.js';
import { sendTo } from '../app/replies.js';
import { scrubError } from '../log.js';
import type { PeriodicJob } from '../scheduler.js';
import { appendAudit } from '../store/audit-repo.js';
import { bureauDateTime } from '../time.js';
import { backupAdmins } from './backup-admins.js';
import { isOverdue, lastGoodBackup, pruneBackups, scheduledName } from './backup-dir.js';
import { embeddedFile, takeBackup } from './take-backup.js';
import { auditHeadOf } from './verify-copy.js';

const HOUR_MS = 3_600_000;
/** The same warning is repeated at most this often while the trouble lasts. */
const WARN_AGAIN_MS = 24 * HOUR_MS;

/**
 * Scheduled backups inside the server (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP), checked on every
 * scheduler tick. A failed run is tried again after an hour (or the interval, if shorter); the
 * administrators hear of the first failure, and of a backup overdue, at most once a day each.
 */
export class BackupJob implements PeriodicJob {
  readonly name = 'backup';
  private lastAttempt = 0;
  private failing = false;
  private readonly warnedAt = new Map<'failed' | 'overdue', number>();

  async run(services: Services): Promise<void> {
    const config = services.config.backup;
    const source = embeddedFile(services.config.databaseUrl);
    if (!config || !source) return;
    const now = services.now();
    const last = await lastGoodBackup(config.dir);
    const retryMs = Math.min(config.everyMs, HOUR_MS);
    const due = !last || now.getTime() - last.getTime() >= config.everyMs;
    if (due && now.getTime() - this.lastAttempt >= (this.failing ? retryMs : 0)) {
      this.lastAttempt = now.getTime();
      try {
        await this.backUp(services, source, join(config.dir, scheduledName(now)), now);
        await pruneBackups(config.dir, config.keep);
        this.failing = false;
        this.warnedAt.clear();
        return;
      } catch (err) {
        services.log.error({ err: scrubError(err) }, 'scheduled backup failed');
        const reason = (err as Error).message.slice(0, 120);
        const firstFailure = !this.failing;
        this.failing = true;
        await this.warn(
          services,
          'failed',
          firstFailure,
          now,
          () =>
            `数据库定时备份失败（${bureauDateTime(now)}）：${reason}。最近一次成功备份：${last ? bureauDateTime(last) : '无'}。请尽快检查备份目录与磁盘。`,
        );
      }
    }
    if (last && isOverdue(config, last, now))
      await this.warn(
        services,
        'overdue',
        false,
        now,
        () =>
          `数据库备份已逾期：最近一次成功备份为 ${bureauDateTime(last)}，已超过规定间隔（${config.every}）两倍以上。请尽快检查。`,
      );
  }

  /**
   * The empty write waits for every write queued before it to commit, so the copy (which reads its
   * own snapshot beside the queue, copy-thread.ts) holds all of them; the chain head read after it
   * is what the copy must be shown to contain.
   */
  private async backUp(services: Services, source: string, target: string, now: Date): Promise<void> {
    await services.store.write(async () => undefined);
    const floor = await auditHeadOf(services.store.db);
    const { manifest, copyMs } = await takeBackup(source, target, floor, now);
    services.log.info(
      { file: target, bytes: manifest.bytes, copyMs, auditRows: manifest.audit.rows },
      'backup taken',
    );
  }

  private async warn(
    services: Services,
    kind: 'failed' | 'overdue',
    urgent: boolean,
    now: Date,
    text: () => string,
  ): Promise<void> {
    const warned = this.warnedAt.get(kind);
    if (!urgent && warned !== undefined && now.getTime() - warned < WARN_AGAIN_MS) return;
    const admins = await backupAdmins(services.store.db);
    const message = text();
    await services.store.write(async (tx) => {
      for (const openId of admins) await sendTo(tx, openId, message);
      await appendAudit(
        tx,
        {
          actor: 'system',
          action: `backup.${kind}`,
          entity: 'backup',
          entityId: services.config.backup?.dir ?? '',
          detail: { message, notified: admins },
        },
        now.toISOString(),
      );
    });
    this.warnedAt.set(kind, now.getTime());
    services.kickOutbox();
  }
}
