import { z } from 'zod';
import type { Enterprise } from '../domain/org.js';
import { zodErrors, type ParseResult } from './org-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD');

const enterprise = z.object({
  name: z.string().min(1),
  uscc: z.string().regex(/^[0-9A-Z]{18}$/, '统一社会信用代码须为 18 位数字或大写字母'),
  shortName: z.string().min(1).optional(),
  county: z.string().min(1),
  industry: z.string().default(''),
  keyPolluter: z.boolean().default(false),
  key: z.boolean().default(false),
  positiveList: z.boolean().default(false),
  positiveListFrom: isoDate.optional(),
  positiveListTo: isoDate.optional(),
  majorProblem: z.boolean().default(false),
  /** 规模以上工业企业 and the like; quiet periods limited to categories match on these words. */
  categories: z.array(z.string().trim().min(1, '企业类别不能为空字符串')).optional(),
});

const enterprisesFile = z.object({ enterprises: z.array(enterprise) });

export function parseEnterprisesFile(raw: unknown): ParseResult<Enterprise[]> {
  const parsed = enterprisesFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors: string[] = [];
  const usccs = new Set<string>();
  const names = new Set<string>();
  for (const e of parsed.data.enterprises) {
    if (usccs.has(e.uscc)) errors.push(`统一社会信用代码重复：${e.uscc}`);
    if (names.has(e.name)) errors.push(`企业名称重复：${e.name}`);
    usccs.add(e.uscc);
    names.add(e.name);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data.enterprises };
}
