import { z } from 'zod';
import type { QuietPeriod } from '../domain/org.js';
import { zodErrors, type ParseResult } from './org-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD');

const quietPeriod = z
  .object({
    jurisdiction: z.string().min(1),
    scope: z.enum(['citywide', 'county', 'enterprises']),
    enterprises: z.array(z.string().min(1)).optional(),
    from: isoDate,
    to: isoDate,
    basis: z.string().min(1),
  })
  .refine((q) => q.from <= q.to, { message: '起始日期不得晚于结束日期', path: ['from'] })
  .refine((q) => q.scope !== 'enterprises' || (q.enterprises?.length ?? 0) > 0, {
    message: 'scope 为 enterprises 时须列明企业',
    path: ['enterprises'],
  });

const quietPeriodsFile = z.object({ quietPeriods: z.array(quietPeriod) });

export function parseQuietPeriodsFile(raw: unknown): ParseResult<QuietPeriod[]> {
  const parsed = quietPeriodsFile.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data.quietPeriods }
    : { ok: false, errors: zodErrors(parsed.error) };
}
