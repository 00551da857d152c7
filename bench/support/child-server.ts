import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../../scripts/bundle-node.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/zhifa-bench');

/**
 * The environment and Node flags `npm run start:dist` runs the server with (`NAME=value` words before
 * `node`, `--` words after it), so that the bench measures the same process.
 */
function startDist(): { env: Record<string, string>; flags: string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts['start:dist'] ?? '').split(' ');
  const env = Object.fromEntries(
    words.flatMap((word) => {
      const m = /^([A-Z_]+)=(.*)$/.exec(word);
      return m ? [[m[1]!, m[2]!]] : [];
    }),
  );
  return { env, flags: words.filter((word) => word.startsWith('--')).join(' ') };
}

function runtime(): 'bundle' | 'tsx' {
  return process.env.BENCH_RUNTIME === 'tsx' ? 'tsx' : 'bundle';
}

/** How the server is run, for the report: the runtime, the environment and the Node flags. */
export function serverCommand(): string {
  const dist = startDist();
  const env = Object.entries(dist.env).map(([name, value]) => `${name}=${value}`);
  return [runtime(), ...env, process.env.BENCH_NODE_FLAGS ?? dist.flags].join(' ');
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
 * (BENCH_RUNTIME=tsx, as `npm start` runs it), with the environment of `start:dist` and its flags
 * unless BENCH_NODE_FLAGS says otherwise, and waits for the `{"port":…}` line it prints.
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
  const dist = startDist();
  const flags = (process.env.BENCH_NODE_FLAGS ?? dist.flags).split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...profile, ...flags, ...run], {
    env: { ...process.env, ...dist.env, ...env },
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
