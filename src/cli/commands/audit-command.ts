import { verifyAuditChain } from '../../store/audit-repo.js';
import type { CliCommand } from '../cli-context.js';

export const auditCommand: CliCommand = async ([verb], ctx) => {
  if (verb !== 'verify') {
    ctx.err('用法：npm run cli -- audit verify');
    return 2;
  }
  const verdict = await verifyAuditChain(ctx.store.db);
  if (verdict.ok) {
    ctx.out(`审计链完整：共 ${verdict.rows} 条记录。`);
    return 0;
  }
  ctx.err(`审计链在第 ${verdict.brokenId} 条记录处断裂：${verdict.reason}。`);
  return 1;
};
