import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export interface PreparedRequest {
  headers: Record<string, string>;
  body: string;
}

/**
 * autocannon for `seconds` on 127.0.0.1. With `pool`, each request takes the next prepared body, so
 * no two requests share an event id while the pool lasts.
 */
export async function load(
  url: string,
  opts: { seconds: number; connections?: number; method?: 'GET' | 'POST'; pool?: PreparedRequest[] },
): Promise<LoadResult & { used: number }> {
  let next = 0;
  const pool = opts.pool;
  const result = await autocannon({
    url,
    method: opts.method ?? 'GET',
    connections: opts.connections ?? 50,
    duration: opts.seconds,
    ...(pool
      ? {
          requests: [
            {
              method: 'POST',
              setupRequest: (req: Record<string, unknown>) => {
                const r = pool[next++ % pool.length]!;
                return { ...req, headers: r.headers, body: r.body };
              },
            },
          ],
        }
      : {}),
  });
  const seconds = result.duration;
  return {
    requests: result.requests.total,
    seconds,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    used: next,
  };
}

export function describe(name: string, r: LoadResult, ceiling?: LoadResult): string {
  const ratio = ceiling ? `  ${((r.rps / ceiling.rps) * 100).toFixed(1)}% of bare` : '';
  return (
    `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  max ${r.max} ms` +
    `  (${r.requests} in ${r.seconds.toFixed(1)} s, non-2xx ${r.non2xx}, errors ${r.errors})${ratio}`
  );
}
