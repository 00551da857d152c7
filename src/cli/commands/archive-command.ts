import { resolve } from 'node:path';
import { exportYear } from '../../backup/archive.js';
import { loadDirectory } from '../../directory/directory-repo.js';
import type { CliCommand } from '../cli-context.js';

const USAGE = '用法：npm run cli -- archive --year YYYY [--out FILE]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const archiveCommand: CliCommand = async (args, ctx) => {
  const year = option(args, '--year');
  if (!year || !/^(19|20)\d\d$/.test(year) || args.length !== (args.includes('--out') ? 4 : 2)) {
    ctx.err(USAGE);
    return 2;
  }
  const out = resolve(option(args, '--out') ?? `zhifa-archive-${year}.jsonl`);
  const bureau = (await loadDirectory(ctx.store.db))?.bureau ?? '';
  const { counts, auditRows, sha256 } = await exportYear(ctx.store.db, Number(year), bureau, out);
  const parts = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
  ctx.out(
    `已导出 ${year} 年度记录到 ${out}：${parts.join('，')}；审计记录 ${auditRows} 条。SHA-256：${sha256}`,
  );
  return 0;
};
