import { resolve } from 'node:path';
import { loadDirectory } from '../../directory/directory-repo.js';
import { ledgerToFile, rangeFromQuery } from '../../features/ledger/index.js';
import { appendAudit } from '../../store/audit-repo.js';
import type { CliCommand } from '../cli-context.js';

const USAGE = '用法：npm run cli -- export ledger --from YYYY-MM-DD --to YYYY-MM-DD --out FILE';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `export ledger`: plans, special inspections, referrals and draws of the period, one sheet each. */
export const exportCommand: CliCommand = async (args, ctx) => {
  const out = option(args, '--out');
  if (args[0] !== 'ledger' || !out) {
    ctx.err(USAGE);
    return 2;
  }
  const asked = rangeFromQuery(option(args, '--from'), option(args, '--to'));
  if (!asked.ok) {
    ctx.err(`${asked.message}\n${USAGE}`);
    return 2;
  }
  const { range } = asked;
  const file = resolve(out);
  const bureau = (await loadDirectory(ctx.store.db))?.bureau ?? '';
  const counts = await ledgerToFile(ctx.store.db, range, bureau, file);
  await ctx.store.write((tx) =>
    appendAudit(tx, {
      actor: 'cli',
      action: 'ledger.exported',
      entity: 'ledger',
      entityId: `${range.from}..${range.to}`,
      detail: { from: range.from, to: range.to, via: 'cli', counts },
    }),
  );
  const parts = Object.entries(counts).map(([sheet, n]) => `${sheet} ${n} 条`);
  ctx.out(`已导出 ${range.from} 至 ${range.to} 的台账到 ${file}：${parts.join('，')}。`);
  return 0;
};
