import { spawn } from 'node:child_process';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- …args` as its own process, with its own environment and what it reads on stdin. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<CliRun> {
  return runCommand(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], env, stdin);
}

/** Any command (`npm run -s cli -- …` too) as its own process; its output as text. */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
