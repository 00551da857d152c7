import { z } from 'zod';
import type { QuietPeriod } from '../domain/org.js';
import { isCalendarDate } from '../domain/rules/index.js';
import { zodErrors, type ParseResult } from './org-file.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效日期');
const dayOfMonth = z.number().int('日期须为整数').min(1, '日期须在1至31之间').max(31, '日期须在1至31之间');
const texts = z.array(z.string().trim().min(1, '不能为空字符串'));

const range = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: '起始日期不得晚于结束日期', path: ['from'] });

/**
 * One period of the calendar file. The original form is one date range (`from`, `to`); a notice
 * like 「每月设置20天为企业安静期」 is `monthly`, with `from`/`to` as its validity.
 */
const quietPeriod = z
  .object({
    id: z.string().trim().min(1).optional(),
    jurisdiction: z.string().min(1),
    scope: z.enum(['citywide', 'county', 'enterprises']),
    enterprises: z.array(z.string().min(1)).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    monthly: z.object({ fromDay: dayOfMonth, toDay: dayOfMonth }).strict().optional(),
    weekly: z
      .object({ days: z.array(z.number().int().min(1).max(7, '星期须为1（周一）至7（周日）')).min(1) })
      .strict()
      .optional(),
    ranges: z.array(range).min(1, 'ranges 至少列一段日期').optional(),
    categories: texts.optional(),
    exemptions: texts.optional(),
    basis: z.string().min(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '起始日期不得晚于结束日期', path: ['from'] })
  .refine((q) => [q.monthly, q.weekly, q.ranges].filter(Boolean).length <= 1, {
    message: 'monthly、weekly、ranges 只能选其一',
    path: ['monthly'],
  })
  .refine((q) => q.monthly || q.weekly || q.ranges || (q.from && q.to), {
    message: '未设置 monthly、weekly 或 ranges 的，须填写 from 和 to',
    path: ['to'],
  })
  .refine((q) => q.scope !== 'enterprises' || (q.enterprises?.length ?? 0) > 0, {
    message: 'scope 为 enterprises 时须列明企业',
    path: ['enterprises'],
  });

const quietPeriodsFile = z.object({ quietPeriods: z.array(quietPeriod) });

/** Periods without an id get their position in the file (QP-1, QP-2 …), which ids must not repeat. */
export function parseQuietPeriodsFile(raw: unknown): ParseResult<QuietPeriod[]> {
  const parsed = quietPeriodsFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const periods = parsed.data.quietPeriods.map((q, i): QuietPeriod => ({ ...q, id: q.id ?? `QP-${i + 1}` }));
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const period of periods) {
    if (seen.has(period.id ?? '')) errors.push(`安静期编号重复：${period.id ?? ''}`);
    seen.add(period.id ?? '');
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: periods };
}
