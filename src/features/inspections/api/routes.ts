import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { refusalResponse } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { parseBody, readBody } from '../../../api/parse-body.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { identify } from '../../../directory/who.js';
import { inspectionJson } from '../../../domain/inspections/index.js';
import type { Tx } from '../../../store/db.js';
import { cancelBody, feedbackBody, resultBody } from '../input.js';
import type { Loaded } from '../service/authorize.js';
import { readyNoticeLinks } from '../service/cards.js';
import { cancelInspection, recordFeedback, recordResult } from '../service/steps.js';

type Step<S extends z.ZodType> = (
  tx: Tx,
  env: ActionContext,
  code: string,
  input: z.infer<S>,
) => Promise<Loaded>;

/**
 * One route per step: a body that is not JSON or has bad fields answers 400 naming each field, an
 * unknown person 400 on `by`; the step itself refuses 404, 403 or 422 and writes nothing then.
 */
function stepRoute<S extends z.ZodType<{ by: string }>>(services: Services, schema: S, step: Step<S>) {
  return async (c: Context) => {
    const raw = await readBody(c);
    if (raw === undefined) return c.json({ error: 'request body must be JSON' }, 400);
    const parsed = parseBody(schema, raw);
    if (!parsed.ok) {
      const names = [...new Set(parsed.issues.map((i) => i.field))];
      return c.json({ error: `invalid fields: ${names.join(', ')}`, fields: parsed.issues }, 400);
    }
    const directory = await loadDirectory(services.store.db);
    if (!directory) return c.json({ error: 'directory not loaded' }, 503);
    if (!identify(directory, parsed.value.by)) {
      const fields = [{ field: 'by', message: '本局通讯录中没有该人员。' }];
      return c.json({ error: 'invalid fields: by', fields }, 400);
    }
    try {
      const env = actionContextOf(services, directory);
      await readyNoticeLinks(services);
      const code = (c.req.param('id') ?? '').trim().toUpperCase();
      const after = await services.store.write((tx) => step(tx, env, code, parsed.value));
      services.kickOutbox();
      return c.json(inspectionJson(after.record));
    } catch (err) {
      return refusalResponse(c, err);
    }
  };
}

/** `/api/v1/inspections/:id/…`: the visit's result, its feedback to the enterprise, or its cancellation. */
export function inspectionsApi(services: Services): Hono {
  const api = new Hono();
  api.post('/inspections/:id/result', stepRoute(services, resultBody, recordResult));
  api.post('/inspections/:id/feedback', stepRoute(services, feedbackBody, recordFeedback));
  api.post('/inspections/:id/cancel', stepRoute(services, cancelBody, cancelInspection));
  return api;
}
