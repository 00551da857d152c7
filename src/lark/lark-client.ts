import * as lark from '@larksuiteoapi/node-sdk';
import axios, { type AxiosResponse } from 'axios';
import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import type { Logger } from '../log.js';
import { scrubError } from '../log.js';

/**
 * The SDK logs its own errors with the request config, which holds app_secret; route its logger
 * through ours and scrub every argument.
 */
export function sdkLogger(log: Logger): lark.Logger {
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
export function fetchHttpInstance(): lark.HttpInstance {
  const http = axios.create({ adapter: 'fetch' });
  // The SDK sends `data: {}` with every call, GETs too (resource downloads, contact listings); fetch
  // refuses a GET with a body, where Node's http adapter let it through.
  http.interceptors.request.use((config) => {
    if (/^(get|head)$/i.test(config.method ?? '')) config.data = undefined;
    return config;
  });
  http.interceptors.response.use((resp): AxiosResponse => {
    const withHeaders = (resp.config as { $return_headers?: boolean }).$return_headers;
    // A download (message resources) comes back from fetch as a web stream; the SDK reads a Node one.
    const data: unknown =
      resp.config.responseType === 'stream' && resp.data instanceof ReadableStream
        ? Readable.fromWeb(resp.data as WebStream)
        : resp.data;
    return (withHeaders ? { data, headers: resp.headers } : data) as AxiosResponse;
  });
  return http as lark.HttpInstance;
}

/**
 * The tenant token, held per client rather than in the SDK's process-wide cache, so a token the
 * platform calls invalid or expired can be dropped and fetched again.
 */
class TokenCache implements lark.Cache {
  private readonly values = new Map<string, { value: unknown; expire: number }>();

  set(key: unknown, value: unknown, expire?: number, options?: { namespace?: string }) {
    this.values.set(`${options?.namespace ?? ''}:${String(key)}`, { value, expire: expire ?? Infinity });
    return Promise.resolve(true);
  }

  get(key: unknown, options?: { namespace?: string }) {
    const hit = this.values.get(`${options?.namespace ?? ''}:${String(key)}`);
    return Promise.resolve(hit && hit.expire > Date.now() ? hit.value : undefined);
  }

  clear(): void {
    this.values.clear();
  }
}

const caches = new WeakMap<lark.Client, TokenCache>();

/** Drops the client's tenant token; the next call fetches a new one. */
export function forgetTenantToken(client: lark.Client): void {
  caches.get(client)?.clear();
}

export function createLarkClient(
  opts: { appId: string; appSecret: string; domain: string },
  log: Logger,
): lark.Client {
  const cache = new TokenCache();
  const client = new lark.Client({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    appType: lark.AppType.SelfBuild,
    logger: sdkLogger(log),
    loggerLevel: lark.LoggerLevel.error,
    httpInstance: fetchHttpInstance(),
    cache,
  });
  caches.set(client, cache);
  return client;
}
