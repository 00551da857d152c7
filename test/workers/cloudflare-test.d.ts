// The part of `cloudflare:test` these tests use. The package's own declarations need
// @cloudflare/workers-types as globals, which would clash with the DOM and Node types the rest of the
// project compiles against.
declare module 'cloudflare:test' {
  import type { ExecutionContext } from 'hono';
  import type { WorkerEnv } from '../../src/worker.js';

  export const env: WorkerEnv;
  export function createExecutionContext(): ExecutionContext;
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: number; cron?: string }): unknown;
}
