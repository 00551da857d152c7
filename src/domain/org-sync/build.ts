import type { Directory, Person, Unit } from '../org.js';
import { resolveDepartment, resolveSelector, type Resolved } from './resolve.js';
import type {
  MapUnit,
  OrgMap,
  Selector,
  SyncProblem,
  Tenant,
  TenantDepartment,
  TenantUser,
} from './types.js';

export type BuildResult = { ok: true; directory: Directory } | { ok: false; problems: SyncProblem[] };

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

class Problems {
  readonly list: SyncProblem[] = [];
  take<T>(entry: string, value: unknown, r: Resolved<T>): T | undefined {
    if (r.ok) return r.value;
    this.list.push({ entry, value: shown(value), message: r.message });
    return undefined;
  }
  add(entry: string, value: unknown, message: string): void {
    this.list.push({ entry, value: shown(value), message });
  }
}

/** Departments under `root`, stopping at the ones other units claim (their people are theirs). */
function departmentsOf(tenant: Tenant, root: string, claimed: Set<string>): Set<string> {
  const inside = new Set([root]);
  const children = new Map<string, string[]>();
  for (const d of tenant.departments) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  const queue = [root];
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const child of children.get(id) ?? [])
      if (!claimed.has(child) && !inside.has(child)) {
        inside.add(child);
        queue.push(child);
      }
  return inside;
}

interface Resolving {
  tenant: Tenant;
  problems: Problems;
  idOf: (user: TenantUser) => string;
}

function person(r: Resolving, entry: string, sel: Selector | undefined): string | undefined {
  if (!sel) return undefined;
  const user = r.problems.take(entry, sel, resolveSelector(r.tenant, sel));
  return user && r.idOf(user);
}

function headOf(r: Resolving, entry: string, mapped: MapUnit, dept: TenantDepartment): string | undefined {
  if (mapped.head) return person(r, `${entry}.head`, mapped.head);
  if (!dept.leaderOpenId) {
    r.problems.add(
      `${entry}.department`,
      mapped.department,
      `部门「${dept.name}」未设负责人，请在 head 中指定`,
    );
    return undefined;
  }
  const leader = r.tenant.users.find((u) => u.openId === dept.leaderOpenId);
  if (leader) return r.idOf(leader);
  r.problems.add(
    `${entry}.department`,
    mapped.department,
    `部门「${dept.name}」的负责人不在应用的通讯录权限范围内`,
  );
  return undefined;
}

/**
 * The directory the tenant and the map describe. People keep the ids the current directory gave
 * them (matched by open_id), so records that name them stay theirs; newcomers are known by open_id.
 */
export function buildDirectory(tenant: Tenant, map: OrgMap, current?: Directory): BuildResult {
  const problems = new Problems();
  const known = new Map(current?.people.map((p) => [p.openId, p.id]));
  const r: Resolving = { tenant, problems, idOf: (u) => known.get(u.openId) ?? u.openId };
  const director = person(r, 'director', map.director);
  const admins = (map.admins ?? []).map((sel, i) => person(r, `admins[${i}]`, sel));
  const depts = map.units.map((u, i) =>
    problems.take(`units[${i}]（${u.id}）.department`, u.department, resolveDepartment(tenant, u.department)),
  );
  const claimed = new Set(depts.flatMap((d) => (d ? [d.id] : [])));
  const units: Unit[] = [];
  map.units.forEach((mapped, i) => {
    const entry = `units[${i}]（${mapped.id}）`;
    const dept = depts[i];
    if (!dept) return;
    const twice = map.units.findIndex((_, j) => depts[j]?.id === dept.id);
    if (twice !== i)
      problems.add(`${entry}.department`, mapped.department, `与 units[${twice}] 指向同一部门`);
    const head = headOf(r, entry, mapped, dept);
    const supervisor = person(r, `${entry}.supervisor`, mapped.supervisor);
    if (mapped.kind === 'section' && mapped.level === 'city' && !mapped.supervisor)
      problems.add(`${entry}.supervisor`, mapped.id, '市级科室须指定 supervisor（分管局长）');
    if (mapped.kind === 'branch' && !mapped.county)
      problems.add(`${entry}.county`, mapped.id, '分局须指定 county');
    if (!head) return;
    const inside = departmentsOf(tenant, dept.id, claimed);
    const ids = tenant.users.filter((u) => u.departmentIds.some((d) => inside.has(d))).map(r.idOf);
    const members = [...new Set(ids)].filter((id) => id !== head);
    const before = current?.units.find((u) => u.id === mapped.id)?.officers;
    const officers = before?.filter((id) => members.includes(id) || id === head);
    units.push({
      id: mapped.id,
      name: dept.name,
      kind: mapped.kind,
      level: mapped.level,
      head,
      members,
      ...(supervisor ? { supervisor } : {}),
      ...(mapped.county ? { county: mapped.county } : {}),
      ...(officers ? { officers } : {}),
    });
  });
  if (problems.list.length > 0 || !director) return { ok: false, problems: problems.list };
  const people: Person[] = tenant.users.map((u) => ({
    id: r.idOf(u),
    name: u.name,
    title: u.title,
    openId: u.openId,
  }));
  const adminIds = [...new Set(admins.filter((id): id is string => id !== undefined))];
  return {
    ok: true,
    directory: {
      bureau: map.bureau,
      director,
      people,
      units,
      ...(adminIds.length ? { admins: adminIds } : {}),
    },
  };
}
