import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../log.js';
import { fetchHttpInstance, sdkLogger } from './lark-client.js';

export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  domain: string;
  /**
   * Seconds to wait for any frame after a ping before the socket is taken for dead and reopened.
   * Without it the SDK never notices a half-open socket (after a laptop sleep or a NAT timeout).
   * It must be shorter than the platform's ping interval (120 s): each ping re-arms the watchdog.
   */
  pingTimeoutSec?: number;
}

const PING_TIMEOUT_SEC = 20;
const HANDSHAKE_TIMEOUT_MS = 15_000;

export interface LongConnection {
  client: lark.WSClient;
  /** Settles once the first connection is up, or has failed for good; the SDK keeps retrying otherwise. */
  ready: Promise<void>;
}

/**
 * `LARK_MODE=websocket`: events and card clicks arrive over the SDK's long connection instead of
 * the webhook, through the same intake; the SDK reconnects when the socket closes or goes silent.
 */
export function startLongConnection(
  opts: LongConnectionOptions,
  intake: lark.EventDispatcher,
  log: Logger,
): LongConnection {
  // The SDK checks this itself but only logs and never connects; say it where it can be fixed.
  if (!/^cli_[0-9a-fA-F]{16}$/.test(opts.appId))
    throw new Error('LARK_APP_ID 格式不正确（应为 cli_ 加 16 位十六进制字符），无法建立长连接');
  let ready: () => void = () => {};
  const first = new Promise<void>((resolve) => (ready = resolve));
  const client = new lark.WSClient({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    logger: sdkLogger(log),
    loggerLevel: lark.LoggerLevel.warn,
    httpInstance: fetchHttpInstance(),
    handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
    wsConfig: { pingTimeout: opts.pingTimeoutSec ?? PING_TIMEOUT_SEC },
    onReady: () => {
      log.info('connected to Lark by long connection');
      ready();
    },
    onReconnecting: () => log.warn('Lark long connection lost, reconnecting'),
    onReconnected: () => log.info('Lark long connection restored'),
    onError: (err) => {
      log.error({ err: err.message }, 'Lark long connection failed');
      ready();
    },
  });
  void client.start({ eventDispatcher: intake });
  return { client, ready: first };
}
