import { ImportError, importFile, type ImportKind } from '../../directory/import-files.js';
import type { CliCommand } from '../cli-context.js';
import { contactLookup } from '../../lark/lark-contacts.js';
import { createLogger } from '../../log.js';

const NOUN: Record<ImportKind, string> = { org: '人员', enterprises: '企业', 'quiet-periods': '安静期' };

export function importCommand(kind: ImportKind): CliCommand {
  return async ([verb, file], ctx) => {
    if (verb !== 'import' || !file) {
      ctx.err(`用法：npm run cli -- ${kind} import FILE`);
      return 2;
    }
    try {
      const n = await importFile(
        ctx.store,
        kind,
        file,
        'cli',
        contactLookup(ctx.config, createLogger('silent')),
      );
      ctx.out(`已导入 ${n} 条${NOUN[kind]}记录（${file}）。`);
      return 0;
    } catch (e) {
      if (e instanceof ImportError) {
        ctx.err(e.message);
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
