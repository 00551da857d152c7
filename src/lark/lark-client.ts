import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../log.js';
import { scrubError } from '../log.js';

/**
 * The SDK logs its own errors with the request config, which holds app_secret; route its logger
 * through ours and scrub every argument.
 */
function sdkLogger(log: Logger): lark.Logger {
  const emit = (level: 'error' | 'warn' | 'info' | 'debug') => (msg: unknown[]) =>
    log[level](
      { sdk: msg.map((m) => (typeof m === 'object' && m !== null ? scrubError(m) : String(m))) },
      'lark sdk',
    );
  return {
    error: emit('error'),
    warn: emit('warn'),
    info: emit('info'),
    debug: emit('debug'),
    trace: emit('debug'),
  };
}

export function createLarkClient(
  opts: { appId: string; appSecret: string; domain: string },
  log: Logger,
): lark.Client {
  return new lark.Client({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    appType: lark.AppType.SelfBuild,
    logger: sdkLogger(log),
    loggerLevel: lark.LoggerLevel.error,
  });
}
