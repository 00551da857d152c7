import * as lark from '@larksuiteoapi/node-sdk';
import axios, { type AxiosResponse } from 'axios';
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

/**
 * The SDK's default axios uses Node's http adapter, which Workers lack (docs/lark-platform.md §6, §8). The
 * fetch adapter runs on Node and workerd alike, so both entries send through the same path. Like the
 * SDK's own instance, it answers with the body (or body and headers when the SDK asks for them).
 */
function fetchHttpInstance(): lark.HttpInstance {
  const http = axios.create({ adapter: 'fetch' });
  // The SDK sends `data: {}` with every call, GETs too (the contact listings); fetch refuses a GET
  // with a body, where Node's http adapter let it through.
  http.interceptors.request.use((config) => {
    if (/^(get|head)$/i.test(config.method ?? '')) config.data = undefined;
    return config;
  });
  http.interceptors.response.use((resp): AxiosResponse => {
    const withHeaders = (resp.config as { $return_headers?: boolean }).$return_headers;
    return (withHeaders ? { data: resp.data as unknown, headers: resp.headers } : resp.data) as AxiosResponse;
  });
  return http as lark.HttpInstance;
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
    httpInstance: fetchHttpInstance(),
  });
}
