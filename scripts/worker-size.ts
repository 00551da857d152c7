// Bundles the worker as `wrangler deploy` would (minified, dry run) and prints its size; fails above
// 1 MiB gzipped, so the bot stays deployable on the Workers free plan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 1024 * 1024;
const out = mkdtempSync(join(tmpdir(), 'zhifa-worker-'));
const build = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', out], {
  encoding: 'utf8',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}\n${build.stderr}\n`);
  process.exit(1);
}
const modules = readdirSync(out).filter((f) => f.endsWith('.js'));
const raw = modules.reduce((n, f) => n + readFileSync(join(out, f)).length, 0);
const gzip = modules.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0);
rmSync(out, { recursive: true, force: true });

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
process.stdout.write(
  `worker bundle (minified): ${kib(raw)} raw, ${kib(gzip)} gzipped (limit ${kib(LIMIT)})\n`,
);
if (gzip > LIMIT) {
  process.stderr.write('The worker bundle is over 1 MiB gzipped.\n');
  process.exit(1);
}
