import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The Lark SDK's errors are axios errors whose `config.data` holds app_secret; they must never be
 * logged raw. This keeps only what helps an operator and masks anything that looks like a credential.
 */
export function scrubError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error) && (typeof err !== 'object' || err === null)) return { message: String(err) };
  const e = err as Record<string, unknown> & { response?: { status?: number; data?: unknown } };
  const out: Record<string, unknown> = {
    name: typeof e.name === 'string' ? e.name : undefined,
    message: typeof e.message === 'string' ? maskSecrets(e.message) : undefined,
    code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
  };
  if (e.response && typeof e.response === 'object') {
    out.status = e.response.status;
    const data = e.response.data as Record<string, unknown> | undefined;
    if (data && typeof data === 'object') out.larkCode = data.code;
    if (data && typeof data === 'object' && typeof data.msg === 'string') out.larkMsg = data.msg;
  }
  return out;
}

export function maskSecrets(text: string): string {
  return text
    .replace(/\b(t|u)-[A-Za-z0-9_-]{10,}/g, '$1-***')
    .replace(
      /("?(?:app_secret|appSecret|tenant_access_token|encrypt_key|token)"?\s*[:=]\s*"?)[^",\s}]+/gi,
      '$1***',
    );
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          '*.appSecret',
          '*.app_secret',
          '*.encryptKey',
          '*.token',
          '*.authorization',
          'headers.authorization',
        ],
        censor: '***',
      },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) =>
              a instanceof Error ? scrubError(a) : typeof a === 'string' ? maskSecrets(a) : a,
            ) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
