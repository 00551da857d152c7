import type * as lark from '@larksuiteoapi/node-sdk';
import type { Tenant, TenantDepartment, TenantUser } from '../domain/org-sync/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createLarkClient } from './lark-client.js';
import { CONTACT_LIMITS, Pacer } from './pacer.js';

/** The contact API refused or failed; the message is for people. */
export class ContactError extends Error {}

interface Page<T> {
  code?: number;
  msg?: string;
  data?: { has_more?: boolean; page_token?: string; items?: T[] };
}

const RATE_LIMITED = 99991400;
const PAGE_SIZE = 50;
const TRIES = 5;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One call through the pacer; a rate-limit refusal waits the gateway's reset and tries again. */
async function paced<T extends { code?: number; msg?: string }>(
  pacer: Pacer,
  op: string,
  run: () => Promise<T>,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await pacer.run(run);
      if (answer.code === RATE_LIMITED && attempt < TRIES) {
        await sleep(1_100);
        continue;
      }
      if (answer.code)
        throw new ContactError(`${op}：飞书返回错误 ${answer.code} ${answer.msg ?? ''}`.trim());
      return answer;
    } catch (err) {
      if (err instanceof ContactError) throw err;
      const e = err as {
        response?: {
          status?: number;
          headers?: Record<string, string>;
          data?: { code?: number; msg?: string };
        };
      };
      const limited = e.response?.status === 429 || e.response?.data?.code === RATE_LIMITED;
      if (limited && attempt < TRIES) {
        await sleep(Math.max(1, Number(e.response?.headers?.['x-ogw-ratelimit-reset'] ?? 1)) * 1000);
        continue;
      }
      const code = e.response?.data?.code;
      const why = e.response
        ? `HTTP ${e.response.status ?? '-'}，错误 ${code ?? '-'} ${e.response.data?.msg ?? ''}`
        : '网络错误';
      throw new ContactError(`${op}：${why.trim()}`);
    }
  }
}

/**
 * Every page of a listing. The SDK's `…WithIterator` helpers end quietly on an error, which would
 * read as a department with fewer people; this loop throws instead.
 */
async function allPages<T>(pacer: Pacer, op: string, fetch: (token?: string) => Promise<Page<T>>) {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await paced(pacer, op, () => fetch(token));
    items.push(...(page.data?.items ?? []));
    token = page.data?.has_more ? page.data.page_token : undefined;
  } while (token);
  return items;
}

async function inPool<T>(items: T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );
}

/**
 * The tenant as the app sees it (its contact range): every department under the root, every
 * department's direct members, and the open_ids of the mobiles and emails asked for.
 */
export async function readTenant(
  client: lark.Client,
  named: { mobiles: string[]; emails: string[] },
  pacer = new Pacer(CONTACT_LIMITS),
): Promise<Tenant> {
  const ids = { department_id_type: 'open_department_id', user_id_type: 'open_id' } as const;
  const listed = await allPages(pacer, '读取部门', (page_token) =>
    client.contact.v3.department.children({
      path: { department_id: '0' },
      params: { ...ids, fetch_child: true, page_size: PAGE_SIZE, ...(page_token ? { page_token } : {}) },
    }),
  );
  const departments: TenantDepartment[] = listed
    .filter((d) => !d.status?.is_deleted && d.open_department_id)
    .map((d) => ({
      id: d.open_department_id!,
      name: d.name,
      parentId: d.parent_department_id,
      ...(d.leader_user_id ? { leaderOpenId: d.leader_user_id } : {}),
    }));
  const users = new Map<string, TenantUser>();
  await inPool(['0', ...departments.map((d) => d.id)], 4, async (department_id) => {
    const members = await allPages(pacer, `读取部门成员（${department_id}）`, (page_token) =>
      client.contact.v3.user.findByDepartment({
        params: { ...ids, department_id, page_size: PAGE_SIZE, ...(page_token ? { page_token } : {}) },
      }),
    );
    for (const m of members) {
      if (!m.open_id || m.status?.is_resigned) continue;
      const user = users.get(m.open_id) ?? {
        openId: m.open_id,
        name: m.name,
        title: m.job_title ?? '',
        departmentIds: [],
      };
      user.departmentIds.push(department_id);
      users.set(m.open_id, user);
    }
  });
  return { departments, users: [...users.values()], contacts: await lookUpContacts(client, named, pacer) };
}

/** Open_ids for mobiles and emails, keyed `mobile:…`/`email:…`; batch_get_id takes 50 of each a call. */
export async function lookUpContacts(
  client: lark.Client,
  named: { mobiles: string[]; emails: string[] },
  pacer = new Pacer(CONTACT_LIMITS),
) {
  const contacts: Record<string, string> = {};
  const [mobiles, emails] = [chunks(named.mobiles, 50), chunks(named.emails, 50)];
  for (let i = 0; i < Math.max(mobiles.length, emails.length); i++) {
    const answer = await paced(pacer, '按手机号或邮箱查找人员', () =>
      client.contact.v3.user.batchGetId({
        params: { user_id_type: 'open_id' },
        data: { mobiles: mobiles[i] ?? [], emails: emails[i] ?? [] },
      }),
    );
    for (const u of answer.data?.user_list ?? []) {
      if (!u.user_id || u.status?.is_resigned) continue;
      if (u.mobile) contacts[`mobile:${u.mobile}`] = u.user_id;
      if (u.email) contacts[`email:${u.email}`] = u.user_id;
    }
  }
  return contacts;
}

/** A client for the contact API, when the bot has Lark credentials. */
export function contactsClient(config: Config, log: Logger): lark.Client | undefined {
  const { appId, appSecret, domain } = config.lark;
  return !config.localMode && appId && appSecret
    ? createLarkClient({ appId, appSecret, domain }, log)
    : undefined;
}

/** Mobile/email lookups through Lark (for `org import` files), when the bot has credentials. */
export function contactLookup(config: Config, log: Logger) {
  const client = contactsClient(config, log);
  return client && ((named: { mobiles: string[]; emails: string[] }) => lookUpContacts(client, named));
}
