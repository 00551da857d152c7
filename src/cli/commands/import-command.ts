import { readFile } from 'node:fs/promises';
import { applyImport, ImportError, prepareImport, type ImportKind } from '../../directory/import-files.js';
import type { CliCommand } from '../cli-context.js';

const NOUN: Record<ImportKind, string> = {
  org: '人员',
  enterprises: '企业',
  'quiet-periods': '安静期',
  'positive-list': '正面清单企业',
};

/** Lark's contact look-up, loaded only for an organisation file: the SDK is large. */
async function orgLookup(ctx: Parameters<CliCommand>[1]) {
  const [{ contactLookup }, { createLogger }] = await Promise.all([
    import('../../lark/lark-contacts.js'),
    import('../../log.js'),
  ]);
  return contactLookup(ctx.config, createLogger('silent'));
}

/** `<kind> import FILE [--skip-invalid]`: .json, .csv or .xlsx; nothing is applied while a row is wrong. */
export function importCommand(kind: ImportKind): CliCommand {
  return async (args, ctx) => {
    const skipInvalid = args.includes('--skip-invalid');
    const [verb, file] = args.filter((a) => a !== '--skip-invalid');
    if (verb !== 'import' || !file) {
      ctx.err(`用法：npm run cli -- ${kind} import FILE [--skip-invalid]（FILE 为 .xlsx、.csv 或 .json）`);
      return 2;
    }
    try {
      const lookup = kind === 'org' ? await orgLookup(ctx) : undefined;
      const prepared = await prepareImport(ctx.store.db, kind, await readFile(file), file, lookup);
      if (prepared.unknownColumns.length) ctx.out(`以下列未读取：${prepared.unknownColumns.join('、')}`);
      const n = await applyImport(ctx.store, prepared, 'cli', { skipInvalid });
      const skipped = prepared.total - n;
      ctx.out(`已导入 ${n} 条${NOUN[kind]}记录（${file}）。`);
      if (skipped > 0 && prepared.errors.length) {
        ctx.err(`已跳过 ${skipped} 行有误的记录：\n${prepared.errors.map((e) => `  - ${e}`).join('\n')}`);
      }
      return 0;
    } catch (e) {
      if (e instanceof ImportError) {
        ctx.err(e.message);
        if (!skipInvalid && e.errors.some((x) => x.startsWith('第 ')))
          ctx.err('如需只导入无误的行，请加 --skip-invalid。');
        return 1;
      }
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        ctx.err(`找不到文件：${file}`);
        return 1;
      }
      throw e;
    }
  };
}
