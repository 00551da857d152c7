// The CLI's imports for a bot on D1, which the CLI cannot reach: the same validation, the same one
// replacement with its audit row, through the D1 binding in wrangler.toml. Local D1 (what
// `wrangler dev` uses) unless the binding says `remote = true`.
//   npm run d1:import -- org|enterprises|quiet-periods FILE [--config wrangler.toml]
import { getPlatformProxy } from 'wrangler';
import { ImportError, importFile, type ImportKind } from '../src/directory/import-files.js';
import type { D1Database } from '../src/store/d1-client.js';
import { openD1Store } from '../src/store/open-d1-store.js';

const KINDS: ImportKind[] = ['org', 'enterprises', 'quiet-periods'];

async function main(): Promise<void> {
  const [kind, file] = process.argv.slice(2);
  const at = process.argv.indexOf('--config');
  const configPath = at > 0 ? process.argv[at + 1] : undefined;
  if (!KINDS.includes(kind as ImportKind) || !file) {
    throw new Error('用法：npm run d1:import -- org|enterprises|quiet-periods 文件 [--config wrangler.toml]');
  }
  const proxy = await getPlatformProxy<{ DB?: D1Database }>({ configPath });
  try {
    if (!proxy.env.DB)
      throw new Error('wrangler.toml 中未绑定 D1 数据库 DB（见其中的 [[d1_databases]] 说明）。');
    const store = await openD1Store(proxy.env.DB);
    const count = await importFile(store, kind as ImportKind, file, 'cli');
    process.stdout.write(`已导入 ${count} 条（${kind}）。\n`);
  } finally {
    await proxy.dispose();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ImportError || err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
