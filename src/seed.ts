import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { loadDirectory } from './directory/directory-repo.js';
import { importFile, type ImportKind } from './directory/import-files.js';
import type { Logger } from './log.js';
import type { Store } from './store/db.js';

const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../db/seed');

/**
 * Files named in the configuration are imported at every start. With none and an empty
 * directory, the demo organisation is loaded so a fresh clone has someone to talk to.
 */
export async function loadStartupData(store: Store, config: Config, log: Logger): Promise<void> {
  const named: [ImportKind, string | undefined][] = [
    ['org', config.files.org],
    ['enterprises', config.files.enterprises],
    ['quiet-periods', config.files.quietPeriods],
  ];
  // The Lark SDK behind the contact look-up is large: loaded only when an organisation file is named.
  const lookup = config.files.org
    ? (await import('./lark/lark-contacts.js')).contactLookup(config, log)
    : undefined;
  for (const [kind, file] of named) {
    if (!file) continue;
    const n = await importFile(store, kind, file, 'startup', { lookup });
    log.info({ kind, file, count: n }, 'imported');
  }
  if (config.files.org || (await loadDirectory(store.db))) return;
  await importFile(store, 'org', resolve(SEED_DIR, 'org.json'), 'demo-seed');
  if (!config.files.enterprises)
    await importFile(store, 'enterprises', resolve(SEED_DIR, 'enterprises.json'), 'demo-seed');
  if (!config.files.quietPeriods)
    await importFile(store, 'quiet-periods', resolve(SEED_DIR, 'quiet-periods.json'), 'demo-seed');
  log.info('loaded the demo organisation, enterprises and quiet periods from db/seed');
}
