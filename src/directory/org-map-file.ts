import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { OrgMap } from '../domain/org-sync/index.js';
import { zodErrors, type ParseResult } from './org-file.js';

const text = z.string().trim().min(1);
const selector = z.union([
  z.strictObject({ mobile: text }),
  z.strictObject({ email: text }),
  z.strictObject({ name: text }),
  z.strictObject({ openId: z.string().regex(/^ou_[A-Za-z0-9_]+$/, 'openId 须以 ou_ 开头') }),
]);
const department = z.union([text, z.strictObject({ id: text })]);

const orgMap = z.object({
  bureau: text,
  director: selector,
  units: z
    .array(
      z.object({
        id: text,
        department,
        kind: z.enum(['section', 'branch']),
        level: z.enum(['city', 'county']),
        county: text.optional(),
        supervisor: selector.optional(),
        head: selector.optional(),
      }),
    )
    .min(1),
  admins: z.array(selector).optional(),
});

/** The map `org sync` reads: only what Lark cannot know about the bureau. */
export function parseOrgMap(raw: unknown): ParseResult<OrgMap> {
  const parsed = orgMap.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const seen = new Set<string>();
  const errors = parsed.data.units.flatMap((u, i) => {
    const twice = seen.has(u.id);
    seen.add(u.id);
    return twice ? [`units[${i}]：单位 id 重复：${u.id}`] : [];
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

export class OrgMapError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`映射文件 ${file} 有误：\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

export async function readOrgMap(file: string): Promise<OrgMap> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new OrgMapError(file, [missing ? '找不到文件' : `不是有效的 JSON：${(e as Error).message}`]);
  }
  const r = parseOrgMap(raw);
  if (!r.ok) throw new OrgMapError(file, r.errors);
  return r.value;
}
