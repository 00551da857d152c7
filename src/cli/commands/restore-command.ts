import { restoreBackup } from '../../backup/restore.js';
import { BackupError } from '../../backup/verify-copy.js';
import type { FileCommand } from '../cli-context.js';
import { embeddedTarget } from './backup-command.js';

export const restoreCommand: FileCommand = async (args, ctx) => {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    ctx.err('用法：npm run cli -- restore FILE [--force]');
    return 2;
  }
  const target = embeddedTarget(ctx);
  if (!target) return 2;
  try {
    const { manifest, chain } = await restoreBackup(files[0]!, target, force);
    if (!chain.ok) {
      ctx.err(`已恢复，但审计链在第 ${chain.brokenId} 条记录处断裂：${chain.reason}。`);
      return 1;
    }
    ctx.out(`已将 ${manifest.takenAt} 的备份恢复到 ${target}：审计链完整，共 ${chain.rows} 条记录。`);
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    ctx.err(err.message);
    return 1;
  }
};
