import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../../scripts/bundle-node.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/zhifa-bench');

/** The Node flags `npm run start:dist` runs the server with, so that the bench measures the same process. */
function serverFlags(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts['start:dist'] ?? '')
    .split(' ')
    .filter((word) => word.startsWith('--'))
    .join(' ');
}

export function runtime(): 'bundle' | 'tsx' {
  return process.env.BENCH_RUNTIME === 'tsx' ? 'tsx' : 'bundle';
}

export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** Peak and current resident set of the server process, from /proc (KiB). */
  memory(): { rssKiB: number; peakRssKiB: number };
  stop(): Promise<void>;
}

/**
 * Starts `entry` in its own Node process, bundled (BENCH_RUNTIME=bundle, the default) or under tsx
 * (BENCH_RUNTIME=tsx, as `npm start` runs it), with the flags of `start:dist` unless BENCH_NODE_FLAGS
 * says otherwise, and waits for the `{"port":…}` line it prints.
 */
export async function startChildServer(
  entry: string,
  env: Record<string, string>,
  logFile: string,
): Promise<ChildServer> {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const run =
    runtime() === 'tsx'
      ? ['--import', 'tsx', entry]
      : [await bundleForNode(entry, join(CACHE, `${basename(entry, '.ts')}.mjs`))];
  const flags = (process.env.BENCH_NODE_FLAGS ?? serverFlags()).split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...profile, ...flags, ...run], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stderr!.pipe(log);
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}; see ${logFile}`)));
    lines.on('line', (line) => {
      const m = /^\{"port":(\d+)\}$/.exec(line);
      if (m) resolve(Number(m[1]));
      else log.write(`${line}\n`);
    });
  });
  const field = (name: string) =>
    Number(
      new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ??
        0,
    );
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    memory: () => ({ rssKiB: field('VmRSS'), peakRssKiB: field('VmHWM') }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
