import type { DepartmentRef, Selector, Tenant, TenantDepartment, TenantUser } from './types.js';

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

const found = <T>(value: T): Resolved<T> => ({ ok: true, value });
const missing = <T>(message: string): Resolved<T> => ({ ok: false, message });

/** The names from the top of the tree down to `dept`, the root "0" (the tenant itself) left out. */
export function departmentPath(tenant: Tenant, dept: TenantDepartment): string[] {
  const byId = new Map(tenant.departments.map((d) => [d.id, d]));
  const names: string[] = [];
  for (let d: TenantDepartment | undefined = dept; d && names.length <= byId.size; d = byId.get(d.parentId))
    names.unshift(d.name);
  return names;
}

/**
 * A path names a department by the last names of its chain, so `潞城分局` and `长治市生态环境局/潞城分局`
 * both work whether or not the bureau is itself the tenant's root.
 */
export function resolveDepartment(tenant: Tenant, ref: DepartmentRef): Resolved<TenantDepartment> {
  if (typeof ref !== 'string') {
    const dept = tenant.departments.find((d) => d.id === ref.id);
    return dept ? found(dept) : missing(`通讯录中没有部门 ${ref.id}（或不在应用的通讯录权限范围内）`);
  }
  const wanted = ref
    .split('/')
    .map((s) => s.trim())
    .filter(Boolean);
  const matches = tenant.departments.filter((d) => {
    const path = departmentPath(tenant, d);
    return wanted.length > 0 && wanted.every((name, i) => path[path.length - wanted.length + i] === name);
  });
  if (matches.length === 1) return found(matches[0]!);
  if (matches.length === 0) return missing(`通讯录中没有部门「${ref}」（或不在应用的通讯录权限范围内）`);
  const paths = matches.map((d) => departmentPath(tenant, d).join('/')).join('、');
  return missing(`通讯录中有 ${matches.length} 个部门名为「${ref}」：${paths}，请写出路径或部门 id`);
}

function byOpenId(tenant: Tenant, openId: string, said: string): Resolved<TenantUser> {
  const user = tenant.users.find((u) => u.openId === openId);
  return user ? found(user) : missing(`${said}不在应用的通讯录权限范围内`);
}

export function resolveSelector(tenant: Tenant, sel: Selector): Resolved<TenantUser> {
  if ('openId' in sel) return byOpenId(tenant, sel.openId, `open_id ${sel.openId} `);
  if ('name' in sel) {
    const named = tenant.users.filter((u) => u.name === sel.name);
    if (named.length === 1) return found(named[0]!);
    if (named.length === 0) return missing(`通讯录中没有名为「${sel.name}」的人员`);
    return missing(`通讯录中有 ${named.length} 人名为「${sel.name}」，请改用手机号或邮箱`);
  }
  const [kind, value, label] =
    'mobile' in sel ? ['mobile', sel.mobile, '手机号'] : ['email', sel.email, '邮箱'];
  const openId = tenant.contacts[`${kind}:${value}`];
  if (!openId) return missing(`通讯录中没有${label}为 ${value} 的人员`);
  return byOpenId(tenant, openId, `${label}为 ${value} 的人员`);
}

/** The mobiles and emails a map names, for one batch_get_id pass before building. */
export function contactsNamed(selectors: Selector[]): { mobiles: string[]; emails: string[] } {
  const mobiles = new Set<string>();
  const emails = new Set<string>();
  for (const sel of selectors) {
    if ('mobile' in sel) mobiles.add(sel.mobile);
    if ('email' in sel) emails.add(sel.email);
  }
  return { mobiles: [...mobiles], emails: [...emails] };
}
