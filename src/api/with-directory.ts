import type { Context } from 'hono';
import { loadDirectory } from '../directory/directory-repo.js';
import type { Directory } from '../domain/org.js';
import type { Database } from '../store/db.js';
import type { FieldIssue } from './parse-body.js';

/** The API's 400 for bad fields: every field named at once. */
export function invalidFields(c: Context, fields: readonly FieldIssue[]): Response {
  return c.json(
    { error: `invalid fields: ${[...new Set(fields.map((f) => f.field))].join(', ')}`, fields },
    400,
  );
}

/**
 * Runs a route that needs the directory: 503 until one is imported; a refusal the route throws is
 * answered by `refused`.
 */
export async function withDirectory(
  c: Context,
  db: Database,
  refused: (c: Context, err: unknown) => Response,
  run: (directory: Directory) => Promise<Response>,
): Promise<Response> {
  const directory = await loadDirectory(db);
  if (!directory) return c.json({ error: 'directory not loaded' }, 503);
  try {
    return await run(directory);
  } catch (err) {
    return refused(c, err);
  }
}
