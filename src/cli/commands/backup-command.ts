import { embeddedFile, takeBackup } from '../../backup/take-backup.js';
import { auditHeadOf, BackupError, withDatabaseFile } from '../../backup/verify-copy.js';
import type { CliBase, FileCommand } from '../cli-context.js';

/** What the backup and restore commands say where the database is a libSQL server, not a file. */
export function serverRecoveryNotice(ctx: CliBase): void {
  ctx.err(
    [
      `当前数据库为 libSQL 服务器（${ctx.config.databaseUrl.replace(/\?.*$/, '')}），本命令不适用。`,
      '该部署的备份即服务器的时间点恢复：Turso 用 turso db create 新库名 --from-db 原库名 --timestamp 时间 恢复到新库，',
      '自建 sqld 用其 bottomless 复制恢复；恢复后将 DATABASE_URL 指向恢复的库并执行 audit verify。详见 README“备份与恢复”。',
    ].join('\n'),
  );
}

/** The embedded file the command works on; undefined (and the notice said) on a libSQL server. */
export function embeddedTarget(ctx: CliBase): string | undefined {
  const file = embeddedFile(ctx.config.databaseUrl);
  if (!file) serverRecoveryNotice(ctx);
  return file;
}

export const backupCommand: FileCommand = async (args, ctx) => {
  const [target, ...rest] = args;
  if (!target || rest.length > 0 || target.startsWith('-')) {
    ctx.err('用法：npm run cli -- backup FILE');
    return 2;
  }
  const source = embeddedTarget(ctx);
  if (!source) return 2;
  try {
    // The chain as it stood before the copy began; the copy must hold it (verify-copy.ts).
    const floor = await withDatabaseFile(source, auditHeadOf);
    const { file, manifest, copyMs } = await takeBackup(source, target, floor);
    ctx.out(
      `备份完成并已校验：${file}（${manifest.bytes} 字节，复制用时 ${copyMs} 毫秒）。` +
        `审计记录 ${manifest.audit.rows} 条，链头 ${manifest.audit.head.slice(0, 16) || '（空）'}；说明文件 ${file}.json。`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    ctx.err(err.message);
    return 1;
  }
};
