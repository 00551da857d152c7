import { Hono, type Context } from 'hono';
import { refusalResponse } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import { readBody } from '../../../api/parse-body.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { checkInput } from '../check.js';
import { parseInput, resolveInput, type ResolvedInput } from '../input.js';
import { actionContextOf } from '../../../app/action-context.js';
import { submitRequest } from '../service/submit.js';
import { loadView } from '../store/request-repo.js';
import type { RequestKind } from '../types.js';
import { chainJson, requestJson } from './request-json.js';

type Resolved = { ok: true; input: ResolvedInput; directory: Directory } | { ok: false; response: Response };

/** Validates and resolves a request body; a bad field answers 400 naming each field. */
async function resolveBody(
  c: Context,
  services: Services,
  kind: RequestKind,
  body: unknown,
): Promise<Resolved> {
  if (body === undefined) return { ok: false, response: c.json({ error: 'request body must be JSON' }, 400) };
  const directory = await loadDirectory(services.store.db);
  if (!directory) return { ok: false, response: c.json({ error: 'directory not loaded' }, 503) };
  const parsed = parseInput(kind, body);
  const resolved = parsed.ok ? await resolveInput(services.store.db, directory, parsed.value) : parsed;
  if (!resolved.ok) {
    const fields = resolved.issues.map((issue) => issue.field);
    return {
      ok: false,
      response: c.json(
        { error: `invalid fields: ${[...new Set(fields)].join(', ')}`, fields: resolved.issues },
        400,
      ),
    };
  }
  return { ok: true, input: resolved.value, directory };
}

function submitRoute(services: Services, kind: RequestKind) {
  return async (c: Context) => {
    const resolved = await resolveBody(c, services, kind, await readBody(c));
    if (!resolved.ok) return resolved.response;
    try {
      const env = actionContextOf(services, resolved.directory);
      const outcome = await services.store.write((tx) =>
        submitRequest(tx, env, resolved.input, { source: 'api' }),
      );
      services.kickOutbox();
      if (!outcome.ok) {
        return c.json(
          { error: '申请未通过合规核查，请纠正后重新提交。', findings: outcome.decision.findings },
          422,
        );
      }
      const { view, decision } = outcome;
      return c.json(
        { id: view.id, status: view.status, chain: chainJson(view.steps), findings: decision.findings },
        201,
      );
    } catch (err) {
      return refusalResponse(c, err);
    }
  };
}

/** `/api/v1` routes of the approvals feature; thin: validate, call the verb, map its errors. */
export function approvalsApi(services: Services): Hono {
  const api = new Hono();
  api.post('/inspection-plans', submitRoute(services, 'plan'));
  api.post('/special-inspections', submitRoute(services, 'special'));
  api.post('/checks', async (c) => {
    const body = await readBody(c);
    const kind: RequestKind =
      typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'special'
        ? 'special'
        : 'plan';
    const resolved = await resolveBody(c, services, kind, body);
    if (!resolved.ok) return resolved.response;
    const { today } = actionContextOf(services, resolved.directory);
    const { db } = services.store;
    const decision = await checkInput(db, db, resolved.directory, resolved.input, today);
    return c.json({
      chain: chainJson(decision.chain),
      findings: decision.findings,
      exemptions: decision.exemptions,
    });
  });
  api.get('/requests/:id', async (c) => {
    const view = await loadView(services.store.db, c.req.param('id'));
    if (!view) return c.json({ error: 'request not found' }, 404);
    return c.json(requestJson(view));
  });
  return api;
}
