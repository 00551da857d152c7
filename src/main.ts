import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config.js';
import { ImportError } from './directory/import-files.js';
import { startLongConnection } from './lark/long-connection.js';
import { createLogger } from './log.js';
import { createRuntime } from './runtime.js';
import { loadStartupData } from './seed.js';
import { openStore } from './store/db.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const store = await openStore(config.databaseUrl, config.databaseAuthToken);
  await loadStartupData(store, config, log);
  const runtime = createRuntime({ config, store, log });
  runtime.start();

  const { appId, appSecret, domain } = config.lark;
  const longConnection =
    config.lark.mode === 'websocket' && appId && appSecret
      ? startLongConnection({ appId, appSecret, domain }, runtime.intake, log)
      : undefined;

  const server = serve({ fetch: runtime.app.fetch, port: config.port, hostname: '0.0.0.0' }, (info) => {
    const base = `http://127.0.0.1:${info.port}`;
    const lines = [
      `执法助手 已启动：${base}`,
      `  健康检查   ${base}/healthz`,
      config.simulator
        ? `  本地模拟器 ${base}/dev   （本地模式：消息保存在数据库中，不发送到飞书）`
        : undefined,
      `  事件地址   ${config.publicBaseUrl}/lark/events`,
      `  数据库     ${config.databaseUrl}`,
    ].filter(Boolean);
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  const shutdown = () => {
    longConnection?.client.close({ force: true });
    runtime.stop();
    // Exiting while the checkpoint thread is inside the driver would abort the process (checkpoint-thread.ts).
    server.close(() => void store.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof ImportError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`启动失败：${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
