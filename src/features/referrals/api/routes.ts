import { Hono, type Context } from 'hono';
import { refusalResponse } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { readBody } from '../../../api/parse-body.js';
import { loadDirectory, loadEnterprises } from '../../../directory/directory-repo.js';
import type { FieldError } from '../../../domain/referrals/issues.js';
import { reviewDraft, type Review } from '../review.js';
import { actionContextOf } from '../../../app/action-context.js';
import { submitReferral } from '../service/submit.js';
import { loadReferral } from '../store/referral-repo.js';
import { apiField, missingMessage, parseBody } from './body.js';
import { referralJson } from './json.js';

function invalid(c: Context, fields: FieldError[]) {
  const names = [...new Set(fields.map((f) => f.field))];
  return c.json({ error: `invalid fields: ${names.join(', ')}`, fields }, 400);
}

/** What keeps an API referral from being sent, named by the API's own field names. */
function blockingFields(review: Review): FieldError[] {
  return [
    ...review.errors,
    ...review.missing.map((box) => ({ field: apiField(box), message: missingMessage(apiField(box)) })),
  ];
}

/**
 * `/api/v1` routes of the referrals feature; thin: validate, call the verb, map its errors. The
 * calling system has confirmed the referral, so it goes straight to the receiving unit.
 */
export function referralsApi(services: Services): Hono {
  const api = new Hono();
  api.post('/referrals', async (c) => {
    const raw = await readBody(c);
    if (raw === undefined) return c.json({ error: 'request body must be JSON' }, 400);
    const directory = await loadDirectory(services.store.db);
    if (!directory) return c.json({ error: 'directory not loaded' }, 503);
    const body = parseBody(raw, directory);
    if (!body.ok) return invalid(c, body.fields);
    const enterprises = await loadEnterprises(services.store.db);
    const review = reviewDraft(body.draft, [], { directory, enterprises, sender: body.sender });
    const blocking = blockingFields(review);
    if (blocking.length > 0) return invalid(c, blocking);
    try {
      const env = actionContextOf(services, directory);
      const view = await services.store.write((tx) =>
        submitReferral(tx, env, { channel: 'api', sender: body.sender.person, review }),
      );
      services.kickOutbox();
      return c.json(
        { id: view.id, status: view.status, toUnit: view.toUnit.id, warnings: review.warnings },
        201,
      );
    } catch (err) {
      return refusalResponse(c, err);
    }
  });
  api.get('/referrals/:id', async (c) => {
    const view = await loadReferral(services.store.db, c.req.param('id'));
    if (!view) return c.json({ error: 'referral not found' }, 404);
    return c.json(referralJson(view));
  });
  return api;
}
