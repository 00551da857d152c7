import { env } from 'cloudflare:test';
import org from '../../db/seed/org.json';
import { replaceDirectory } from '../../src/directory/directory-repo.js';
import { parseOrgFile } from '../../src/directory/org-file.js';
import { walkTheWorker } from './walk.js';

// Without DATABASE_URL the worker takes the D1 binding; it starts empty, so load the demo organisation.
const d1Env = { ...env, DATABASE_URL: undefined };

walkTheWorker('D1', d1Env, async (runtime) => {
  const parsed = parseOrgFile(org);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await replaceDirectory(runtime.services.store, parsed.value, 'test');
});
