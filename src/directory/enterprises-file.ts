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

const enterprisesFile = z.object({ enterprises: z.array(z.unknown()) });

/**
 * Checks the records one by one and replaces each by its parsed form in place, so a 50,000-row
 * registry is never held twice; errors read as zod's over the whole file would (`enterprises.3.uscc：…`).
 */
export function parseEnterprisesFile(raw: unknown): ParseResult<Enterprise[]> {
  const file = enterprisesFile.safeParse(raw);
  if (!file.success) return { ok: false, errors: zodErrors(file.error) };
  const list = file.data.enterprises;
  const errors: string[] = [];
  const usccs = new Set<string>();
  const names = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const parsed = enterprise.safeParse(list[i]);
    if (!parsed.success) {
      errors.push(...zodErrors(parsed.error).map((e) => `enterprises.${i}.${e}`.replace('.(根)', '')));
      continue;
    }
    const e = parsed.data;
    list[i] = e;
    if (usccs.has(e.uscc)) errors.push(`统一社会信用代码重复：${e.uscc}`);
    if (names.has(e.name)) errors.push(`企业名称重复：${e.name}`);
    usccs.add(e.uscc);
    names.add(e.name);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: list as Enterprise[] };
}
