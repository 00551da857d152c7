import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { refusalResponse } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { readBody } from '../../../api/parse-body.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { isOutcome, OUTCOMES, type Outcome } from '../../../domain/draws/index.js';
import type { Directory } from '../../../domain/org.js';
import { parseDrawInput, resolveDraw, SEED_REFUSED } from '../input.js';
import { declareConflict, listDeclaredConflicts, withdrawDeclaredConflict } from '../service/conflicts.js';
import { listDraws } from '../service/list.js';
import { recordResult } from '../service/record.js';
import { repeatPending } from '../service/repeat.js';
import { startDraw } from '../service/start.js';
import { verifyStoredDraw } from '../service/verify.js';
import { bureauToday } from '../../../time.js';
import { findRepeat } from '../store/repeat-repo.js';
import { loadDrawSettings } from '../settings.js';
import { loadDrawView } from '../view.js';
import { drawJson } from './draw-json.js';

const resultSchema = z.object({
  recorder: z.string().trim().min(1),
  uscc: z.string().trim().min(1),
  outcome: z.string().refine(isOutcome, `outcome 应为 ${Object.keys(OUTCOMES).join('|')}`),
  inspectedOn: z.string().trim().min(1),
  note: z.string().optional(),
});

const conflictSchema = z.object({
  person: z.string().trim().min(1),
  enterprise: z.string().trim().min(1),
  reason: z.string().trim().min(1, '请写明回避理由'),
});

function fieldsError(c: Context, issues: { path: PropertyKey[]; message: string }[]) {
  const fields = issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  return c.json(
    { error: `invalid fields: ${[...new Set(fields.map((f) => f.field))].join(', ')}`, fields },
    400,
  );
}

/** `/api/v1` routes of 双随机: thin — validate, call the verb, map its refusals. */
export function drawsApi(services: Services): Hono {
  const api = new Hono();
  const { db } = services.store;
  const today = () => bureauToday(services.now());
  const withDirectory = async (c: Context, run: (directory: Directory) => Promise<Response>) => {
    const directory = await loadDirectory(db);
    if (!directory) return c.json({ error: 'directory not loaded' }, 503);
    try {
      return await run(directory);
    } catch (err) {
      return refusalResponse(c, err);
    }
  };

  api.post('/draws', async (c) => {
    const body = await readBody(c);
    if (body === undefined) return c.json({ error: 'request body must be JSON' }, 400);
    return withDirectory(c, async (directory) => {
      const parsed = parseDrawInput(body);
      const settings = await loadDrawSettings(db);
      const resolved = parsed.ok
        ? resolveDraw(directory, parsed.value, settings, services.config.drawTestSeeds)
        : parsed;
      if (!resolved.ok) {
        const fields = resolved.issues;
        if (fields.some((f) => f.message === SEED_REFUSED)) {
          return c.json({ error: SEED_REFUSED, code: 'SEED_NOT_ALLOWED', fields }, 400);
        }
        return c.json(
          { error: `invalid fields: ${[...new Set(fields.map((f) => f.field))].join(', ')}`, fields },
          400,
        );
      }
      const outcome = await startDraw(services, directory, resolved.value, { source: 'api' });
      services.kickOutbox();
      if (outcome.kind === 'repeat-requested') {
        const { request } = outcome;
        return c.json({ error: repeatPending(request), code: 'REPEAT_PENDING', repeatRequest: request }, 422);
      }
      return c.json(drawJson(outcome.view, today()), 201);
    });
  });

  api.get('/draws', async (c) => c.json(await listDraws(db, c.req.query('unit') || undefined)));

  api.get('/draw-repeats/:id', async (c) => {
    const row = await findRepeat(db, Number(c.req.param('id')));
    return row ? c.json(row) : c.json({ error: 'repeat request not found' }, 404);
  });

  api.get('/draws/:id', async (c) => {
    const view = await loadDrawView(db, c.req.param('id'));
    return view ? c.json(drawJson(view, today())) : c.json({ error: 'draw not found' }, 404);
  });

  api.get('/draws/:id/verify', async (c) => {
    const verdict = await verifyStoredDraw(db, c.req.param('id'));
    if (!verdict) return c.json({ error: 'draw not found' }, 404);
    return c.json({
      id: verdict.view.id,
      same: verdict.same,
      differences: verdict.differences,
      seedScheme: verdict.seedScheme,
      seedNote: verdict.seedNote,
    });
  });

  api.post('/draws/:id/results', async (c) => {
    const parsed = resultSchema.safeParse(await readBody(c));
    if (!parsed.success) return fieldsError(c, parsed.error.issues);
    const { recorder, uscc, outcome, inspectedOn, note } = parsed.data;
    return withDirectory(c, async (directory) => {
      const { item } = await recordResult(
        services,
        directory,
        recorder,
        {
          drawId: c.req.param('id'),
          uscc: uscc.toUpperCase(),
          outcome: outcome as Outcome,
          inspectedOn,
          note,
        },
        'api',
      );
      return c.json(
        {
          uscc: item.uscc,
          outcome: item.outcome,
          inspectedOn: item.inspectedOn,
          publishedAt: item.publishedAt,
        },
        201,
      );
    });
  });

  api.get('/draw-conflicts', (c) =>
    withDirectory(c, async (directory) => c.json(await listDeclaredConflicts(services, directory))),
  );

  api.post('/draw-conflicts', async (c) => {
    const parsed = conflictSchema.safeParse(await readBody(c));
    if (!parsed.success) return fieldsError(c, parsed.error.issues);
    return withDirectory(c, async (directory) =>
      c.json(await declareConflict(services, directory, parsed.data, 'api'), 201),
    );
  });

  api.delete('/draw-conflicts/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id)) return c.json({ error: 'conflict not found' }, 404);
    try {
      await withdrawDeclaredConflict(services, id, 'api');
      return c.json({ id, withdrawn: true });
    } catch (err) {
      return refusalResponse(c, err);
    }
  });
  return api;
}
