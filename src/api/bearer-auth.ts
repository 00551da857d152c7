import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** `/api/v1/*` is for other systems: one shared bearer token, compared in constant time. */
export function bearerAuth(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token) : undefined;
  return async (c, next) => {
    if (!expected) return c.json({ error: 'API disabled: API_TOKEN is not configured' }, 503);
    const given = Buffer.from((c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return c.json({ error: 'unauthorized' }, 401);
    await next();
  };
}
