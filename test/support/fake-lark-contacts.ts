// The fake Lark's contact API: the department tree, members by department and mobile/email lookups,
// with the platform's page sizes and its 50-a-second, 1,000-a-minute limit on contact calls.
import { randomBytes } from 'node:crypto';
import { identityFor } from '../../src/lark/payloads.js';

export interface FakeDepartment {
  /** open_department_id, `od-…` */
  id: string;
  name: string;
  /** `0` for the top level. */
  parentId: string;
  leaderOpenId?: string;
}

export interface FakeUser {
  openId: string;
  name: string;
  mobile?: string;
  email?: string;
  title?: string;
  /** open_department_ids the user is directly in; `0` for the tenant's root. */
  departmentIds: string[];
}

export interface FakeTenant {
  departments: FakeDepartment[];
  users: FakeUser[];
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };
interface Request {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

const LIMITS = [
  { count: 50, windowMs: 1000 },
  { count: 1000, windowMs: 60_000 },
];
const MAX_PAGE = 50;
const LIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };
const USER_ID_TYPES = ['open_id', 'user_id', 'union_id'];

const ok = (data: unknown): Reply => ({ status: 200, body: { code: 0, msg: 'success', data } });
const fail = (status: number, code: number, msg: string): Reply => ({
  status,
  body: { code, msg, error: { log_id: randomBytes(12).toString('hex').toUpperCase() } },
});
const invalidField = () => fail(400, 99992402, 'field validation failed');
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** One page of `all` from the query's page_token and page_size (default 10, at most 50). */
function page<T>(
  all: T[],
  query: Record<string, string>,
): { items: T[]; has_more: boolean; page_token?: string } | Reply {
  const size = query.page_size === undefined ? 10 : Number(query.page_size);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) return invalidField();
  const from = query.page_token ? Number(Buffer.from(query.page_token, 'base64url').toString()) : 0;
  if (!Number.isInteger(from) || from < 0) return fail(400, 99992402, 'page_token is invalid');
  const items = all.slice(from, from + size);
  const more = from + size < all.length;
  return {
    items,
    has_more: more,
    ...(more ? { page_token: Buffer.from(String(from + size)).toString('base64url') } : {}),
  };
}

/**
 * Serves /open-apis/contact/v3 from a tenant the test sets (and changes) at will; `lookups` are extra
 * email-or-mobile to open_id pairs for batch_get_id. `route` answers undefined for other paths.
 */
export function fakeContacts(lookups: Record<string, string> = {}) {
  let tenant: FakeTenant = { departments: [], users: [] };
  const starts: number[] = [];
  let limited = 0;

  const userView = (u: FakeUser) => ({
    ...identityFor(u.openId),
    name: u.name,
    en_name: '',
    mobile: u.mobile ?? '',
    mobile_visible: true,
    ...(u.email ? { email: u.email } : {}),
    job_title: u.title ?? '',
    department_ids: u.departmentIds,
    status: LIVE,
  });
  const departmentView = (d: FakeDepartment, index: number) => ({
    name: d.name,
    i18n_name: { zh_cn: d.name, ja_jp: '', en_us: '' },
    parent_department_id: d.parentId,
    department_id: `D${index + 1}`,
    open_department_id: d.id,
    ...(d.leaderOpenId
      ? { leader_user_id: d.leaderOpenId, leaders: [{ leaderType: 1, leaderID: d.leaderOpenId }] }
      : { leaders: [] }),
    member_count: tenant.users.filter((u) => u.departmentIds.includes(d.id)).length,
    status: { is_deleted: false },
  });

  /** Rolling windows, as the gateway counts: the 51st call within a second is refused. */
  function overLimit(now: number): Reply | undefined {
    while (starts.length && now - starts[0]! >= 60_000) starts.shift();
    for (const { count, windowMs } of LIMITS) {
      const inWindow = starts.filter((t) => now - t < windowMs);
      if (inWindow.length >= count) {
        limited += 1;
        const reset = Math.ceil((inWindow[inWindow.length - count]! + windowMs - now) / 1000);
        const headers = { 'x-ogw-ratelimit-limit': String(count), 'x-ogw-ratelimit-reset': String(reset) };
        return { ...fail(429, 99991400, 'request trigger frequency limit'), headers };
      }
    }
    starts.push(now);
    return undefined;
  }

  function children(id: string, query: Record<string, string>): Reply {
    if (query.department_id_type && query.department_id_type !== 'open_department_id') return invalidField();
    if (id !== '0' && !tenant.departments.some((d) => d.id === id))
      return fail(400, 40003, 'department not found');
    const direct = (parent: string) => tenant.departments.filter((d) => d.parentId === parent);
    let found = direct(id);
    if (query.fetch_child === 'true')
      for (let i = 0; i < found.length; i++) found = [...found, ...direct(found[i]!.id)];
    const p = page(found, query);
    if ('status' in p) return p;
    return ok({ ...p, items: p.items.map((d) => departmentView(d, tenant.departments.indexOf(d))) });
  }

  function members(query: Record<string, string>): Reply {
    const id = query.department_id;
    if (!id || (query.department_id_type && query.department_id_type !== 'open_department_id'))
      return invalidField();
    if (id !== '0' && !tenant.departments.some((d) => d.id === id))
      return fail(400, 40003, 'department not found');
    const p = page(
      tenant.users.filter((u) => u.departmentIds.includes(id)),
      query,
    );
    if ('status' in p) return p;
    return ok({ ...p, items: p.items.map(userView) });
  }

  function batchGetId(query: Record<string, string>, body: Record<string, unknown>): Reply {
    const type = (query.user_id_type ?? 'open_id') as 'open_id' | 'user_id' | 'union_id';
    const [emails, mobiles] = [body.emails ?? [], body.mobiles ?? []];
    if (!USER_ID_TYPES.includes(type) || !isStringList(emails) || !isStringList(mobiles))
      return invalidField();
    if (emails.length > 50 || mobiles.length > 50)
      return fail(400, 99992402, 'field validation failed: at most 50');
    const lookup = (field: 'email' | 'mobile', value: string) => {
      const openId = lookups[value] ?? tenant.users.find((u) => u[field] === value)?.openId;
      return { ...(openId ? { user_id: identityFor(openId)[type], status: LIVE } : {}), [field]: value };
    };
    return ok({
      user_list: [...emails.map((e) => lookup('email', e)), ...mobiles.map((m) => lookup('mobile', m))],
    });
  }

  return {
    setTenant(next: FakeTenant) {
      tenant = next;
    },
    get tenant() {
      return tenant;
    },
    /** How many contact calls were refused for the rate limit. */
    get limited() {
      return limited;
    },
    reset() {
      starts.length = 0;
      limited = 0;
    },
    route({ method, path, query, body }: Request): Reply | undefined {
      if (!path.startsWith('/open-apis/contact/v3/')) return undefined;
      const refused = overLimit(Date.now());
      if (refused) return refused;
      const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const [, dept] = /^\/open-apis\/contact\/v3\/departments\/([^/]+)\/children$/.exec(path) ?? [];
      if (method === 'GET' && dept) return children(decodeURIComponent(dept), query);
      if (method === 'GET' && path === '/open-apis/contact/v3/users/find_by_department')
        return members(query);
      if (method === 'POST' && path === '/open-apis/contact/v3/users/batch_get_id')
        return batchGetId(query, b);
      return undefined;
    },
  };
}
