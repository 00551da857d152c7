import type { ExecutionContext } from 'hono';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, scrubError, type Logger } from './log.js';
import { createRuntime, type Runtime } from './runtime.js';
import type { D1Database } from './store/d1-client.js';
import { openD1Store } from './store/open-d1-store.js';
import { openRemoteStore } from './store/open-remote-store.js';
import type { Store } from './store/store.js';

/** The bindings this entry reads: the Node entry's variables (vars and secrets), and optionally D1. */
export interface WorkerEnv {
  DB?: D1Database;
  [name: string]: unknown;
}

const invocations = new AsyncLocalStorage<ExecutionContext>();

/**
 * Work after the ack: an isolate may stop once the response is sent unless the work is handed to
 * `waitUntil` of the invocation that caused it. If the isolate is dropped anyway, the cron resumes it.
 */
function afterAckIn(log: Logger) {
  return (task: () => Promise<void>) => {
    const work = new Promise((resolve) => setTimeout(resolve, 0))
      .then(task)
      .catch((err: unknown) => log.error({ err: scrubError(err) }, 'work after the ack failed'));
    invocations.getStore()?.waitUntil(work);
  };
}

function openWorkerStore(env: WorkerEnv, config: Config): Promise<Store> {
  if (typeof env.DATABASE_URL === 'string' && env.DATABASE_URL !== '') {
    // A WebSocket opened for one request cannot serve the next one on Workers; HTTP has no such tie.
    if (!/^(libsql|https?):/.test(config.databaseUrl)) {
      throw new ConfigError(
        '配置有误，无法启动：\n  DATABASE_URL: Workers 上须为 libsql:// 或 https:// 地址（经 HTTP 连接 libSQL 服务器），或改用 D1 绑定 DB',
      );
    }
    return openRemoteStore(config.databaseUrl, config.databaseAuthToken);
  }
  if (env.DB) return openD1Store(env.DB);
  throw new ConfigError(
    '配置有误，无法启动：\n  DATABASE_URL: Workers 上须设置 libSQL 服务器地址（libsql://、https://），或在 wrangler.toml 中绑定 D1 数据库 DB',
  );
}

async function boot(env: WorkerEnv): Promise<Runtime> {
  const vars = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const config = loadConfig(vars);
  const log = createLogger(config.logLevel);
  const store = await openWorkerStore(env, config);
  return createRuntime({ config, store, log, afterAck: afterAckIn(log) });
}

const runtimes = new WeakMap<WorkerEnv, Promise<Runtime>>();

/** One runtime per isolate and environment, built on first use; a failed start is retried next time. */
export function workerRuntime(env: WorkerEnv): Promise<Runtime> {
  let runtime = runtimes.get(env);
  if (!runtime) {
    runtime = boot(env);
    runtimes.set(env, runtime);
    runtime.catch(() => runtimes.delete(env));
  }
  return runtime;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    let runtime: Runtime;
    try {
      runtime = await workerRuntime(env);
    } catch (err) {
      console.error(err instanceof ConfigError ? err.message : scrubError(err));
      return Response.json({ error: 'service unavailable' }, { status: 503 });
    }
    return invocations.run(ctx, () => runtime.app.fetch(request, env, ctx));
  },

  /** The Cron Trigger: resume what a dropped isolate left, run the periodic jobs, deliver the outbox. */
  async scheduled(_controller: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const runtime = await workerRuntime(env);
    await invocations.run(ctx, () => runtime.tick());
  },
};
