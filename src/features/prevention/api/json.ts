import type { Context } from 'hono';
import { refusalResponse } from '../../../app/refusal.js';
import type { CountyCoverage } from '../../../domain/prevention/index.js';
import { UnknownEnterprise } from '../enterprise-input.js';
import { RepeatedWarning } from '../service/send-warning.js';

const brief = (e: { uscc: string; name: string; county: string }) => ({
  uscc: e.uscc,
  name: e.name,
  county: e.county,
});

/** A refusal as the API answers it; unknown enterprises list close matches, a repeat the earlier warning. */
export function preventionRefusalResponse(c: Context, err: unknown): Response {
  if (err instanceof UnknownEnterprise) {
    return c.json(
      {
        error: err.message,
        code: err.code,
        unknown: err.unknown.map((u) => ({ enterprise: u.written, closeMatches: u.close.map(brief) })),
      },
      422,
    );
  }
  if (err instanceof RepeatedWarning) {
    return c.json({ error: err.message, code: err.code, existing: err.earlier.id }, 409);
  }
  return refusalResponse(c, err);
}

export function coverageJson(year: number, rows: readonly CountyCoverage[]) {
  return {
    year,
    counties: rows.map((r) => ({
      county: r.county,
      unit: r.unitId ? { id: r.unitId, name: r.unitName } : null,
      key: r.key.map(brief),
      reached: r.reached.map(brief),
      notReached: r.notReached.map(brief),
    })),
  };
}
