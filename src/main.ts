import { serve } from '@hono/node-server';
import * as lark from '@larksuiteoapi/node-sdk';
import { ConfigError, loadConfig } from './config.js';
import { ImportError } from './directory/import-files.js';
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

  if (config.lark.mode === 'websocket' && config.lark.appId && config.lark.appSecret) {
    const ws = new lark.WSClient({
      appId: config.lark.appId,
      appSecret: config.lark.appSecret,
      domain: config.lark.domain,
    });
    await ws.start({ eventDispatcher: runtime.intake });
    log.info('connected to Lark by long connection');
  }

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
    runtime.stop();
    server.close(() => {
      store.close();
      process.exit(0);
    });
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
