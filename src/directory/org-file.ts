import { z } from 'zod';
import type { Directory } from '../domain/org.js';

const person = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    title: z.string().default(''),
    openId: z
      .string()
      .regex(/^ou_[A-Za-z0-9_]+$/, 'openId 须以 ou_ 开头')
      .optional(),
    // open_ids are per app, so a file written by hand names people by mobile or email instead.
    mobile: z.string().trim().min(1).optional(),
    email: z.string().trim().min(1).optional(),
  })
  .refine((p) => p.openId ?? p.mobile ?? p.email, 'openId、mobile、email 须至少填写一项');

const unit = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['section', 'branch']),
  level: z.enum(['city', 'county']),
  head: z.string().min(1),
  supervisor: z.string().min(1).optional(),
  county: z.string().min(1).optional(),
  members: z.array(z.string()).default([]),
  officers: z.array(z.string()).optional(),
});

const orgFile = z.object({
  bureau: z.string().min(1),
  director: z.string().min(1),
  people: z.array(person).min(1),
  units: z.array(unit).min(1),
  /** Person ids of the bot's administrators (imports, upkeep, warnings). */
  admins: z.array(z.string().min(1)).optional(),
});

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function zodErrors(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`);
}

/** The mobiles and emails of people the file names without an openId, to look up before parsing. */
export function contactsToLookUp(raw: unknown): { mobiles: string[]; emails: string[] } {
  const parsed = orgFile.safeParse(raw);
  const people = parsed.success ? parsed.data.people.filter((p) => !p.openId) : [];
  return {
    mobiles: people.flatMap((p) => (p.mobile ? [p.mobile] : [])),
    emails: people.flatMap((p) => (!p.mobile && p.email ? [p.email] : [])),
  };
}

/**
 * Validates shape and every cross-reference; a directory with one dangling id is not imported at all.
 * `contacts` (`mobile:…`/`email:…` to open_id) gives the open_ids of people named by mobile or email.
 */
export function parseOrgFile(raw: unknown, contacts: Record<string, string> = {}): ParseResult<Directory> {
  const parsed = orgFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors: string[] = [];
  const people = parsed.data.people.map(({ mobile, email, ...p }) => {
    const openId = p.openId ?? (mobile ? contacts[`mobile:${mobile}`] : contacts[`email:${email}`]);
    if (!openId)
      errors.push(
        `人员 ${p.id}（${p.name}）的${mobile ? `手机号 ${mobile}` : `邮箱 ${email}`} 在通讯录中找不到`,
      );
    return { ...p, openId: openId ?? '' };
  });
  const org = { ...parsed.data, people };
  const ids = new Set<string>();
  const openIds = new Set<string>();
  for (const p of org.people) {
    if (ids.has(p.id)) errors.push(`人员 id 重复：${p.id}`);
    if (p.openId && openIds.has(p.openId)) errors.push(`openId 重复：${p.openId}（${p.name}）`);
    ids.add(p.id);
    openIds.add(p.openId);
  }
  const known = (ref: string, where: string) => {
    if (!ids.has(ref)) errors.push(`${where} 引用了不存在的人员：${ref}`);
  };
  known(org.director, 'director');
  org.admins?.forEach((a) => known(a, 'admins'));
  const unitIds = new Set<string>();
  for (const u of org.units) {
    if (unitIds.has(u.id)) errors.push(`单位 id 重复：${u.id}`);
    unitIds.add(u.id);
    known(u.head, `单位 ${u.id} 的 head`);
    if (u.supervisor) known(u.supervisor, `单位 ${u.id} 的 supervisor`);
    u.members.forEach((m) => known(m, `单位 ${u.id} 的 members`));
    u.officers?.forEach((m) => known(m, `单位 ${u.id} 的 officers`));
    if (u.kind === 'section' && u.level === 'city' && !u.supervisor)
      errors.push(`市级科室 ${u.id} 缺少 supervisor（分管局长）`);
    if (u.kind === 'branch' && !u.county) errors.push(`分局 ${u.id} 缺少 county`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: org };
}
