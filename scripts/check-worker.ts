// Starts the worker as `wrangler dev` runs it, against a throwaway sqld, and checks it answers: bundling
// alone misses start-up errors (docs/lark-platform.md §8: the SDK's `__dirname` fails only when it loads).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_ENCRYPT_KEY, LOCAL_VERIFICATION_TOKEN } from '../src/config.js';
import { urlVerification } from '../src/lark/payloads.js';
import { encryptPayload } from '../src/lark/signing.js';
import { freePort, startSqld } from './sqld.js';

const STARTUP_LIMIT_MS = 120_000;

async function main(): Promise<void> {
  const sqld = await startSqld();
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'zhifa-wrangler-'));
  const base = `http://127.0.0.1:${port}`;
  const dev = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--var',
      `DATABASE_URL:${sqld.url}`,
      '--show-interactive-dev-session=false',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  );
  let output = '';
  dev.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  dev.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  let exited = false;
  dev.once('exit', () => (exited = true));

  const stop = async () => {
    if (!exited && dev.pid) process.kill(-dev.pid, 'SIGTERM');
    await sqld.stop();
    rmSync(state, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + STARTUP_LIMIT_MS;
    let health: Response | undefined;
    while (!health && !exited && Date.now() < deadline) {
      health = await fetch(`${base}/healthz`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 250));
    }
    if (!health) throw new Error('the worker did not start');
    const healthBody = await health.text();
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}: ${healthBody}`);

    const challenge = urlVerification({ challenge: 'ci-check', token: LOCAL_VERIFICATION_TOKEN });
    const res = await fetch(`${base}/lark/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: encryptPayload(LOCAL_ENCRYPT_KEY, challenge) }),
    });
    const answer = await res.text();
    if (answer !== JSON.stringify({ challenge: 'ci-check' })) throw new Error(`challenge answered ${answer}`);
    process.stdout.write(
      `worker started under wrangler dev: /healthz ${healthBody}; encrypted challenge answered\n`,
    );
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n--- wrangler dev output ---\n${output}\n`);
    process.exitCode = 1;
  } finally {
    await stop();
  }
}

void main();
