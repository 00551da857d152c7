import type { Context } from 'hono';
import type { z } from 'zod';

/** The request's JSON body, or undefined when it is not JSON: each route answers that with its own 400. */
export async function readBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

/** One bad field of a request, named as the API's JSON names it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Validates a request body so that a 400 can name every bad field at once. */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      message: issue.message,
    })),
  };
}
