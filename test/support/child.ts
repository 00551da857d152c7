import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface Child {
  process: ChildProcess;
  /** Everything the child wrote, stdout and stderr, for the no-secret check. */
  output: string[];
  /** Resolves when a line matching `pattern` appears (rejects if the child exits first). */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

/** A port nothing listens on now, for a child server told its port by environment. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TypeScript entry run by Node through tsx, so its pid is the process that does the work. */
export function runTs(entry: string, args: string[] = [], env: Record<string, string> = {}): Child {
  return runNode(['--import', 'tsx', entry, ...args], env);
}

/** Node run with `args`, its output collected line by line. */
export function runNode(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      for (const w of waiters.filter((x) => x.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    output,
    exited,
    waitFor: (pattern) =>
      new Promise<string>((resolve, reject) => {
        const seen = output.find((line) => pattern.test(line));
        if (seen) return resolve(seen);
        waiters.push({ pattern, resolve });
        void exited.then((code) =>
          reject(new Error(`child exited (${code}) before ${pattern}:\n${output.join('\n')}`)),
        );
      }),
  };
}
