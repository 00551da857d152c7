import type * as lark from '@larksuiteoapi/node-sdk';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFile, ImportError } from '../../src/directory/import-files.js';
import { loadDirectory } from '../../src/directory/directory-repo.js';
import { createLarkClient } from '../../src/lark/lark-client.js';
import { lookUpContacts, readTenant } from '../../src/lark/lark-contacts.js';
import { Pacer } from '../../src/lark/pacer.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/db.js';
import { startFakeLark, type FakeLark } from './fake-lark.js';
import type { FakeTenant } from './fake-lark-contacts.js';

let fake: FakeLark;
let client: lark.Client;

/** One department of `people` members under the root, for paging. */
function wide(people: number): FakeTenant {
  return {
    departments: [{ id: 'od-big', name: '大部门', parentId: '0', leaderOpenId: 'ou_p0' }],
    users: Array.from({ length: people }, (_, i) => ({
      openId: `ou_p${i}`,
      name: `人员${i}`,
      mobile: `139${String(i).padStart(8, '0')}`,
      departmentIds: ['od-big'],
    })),
  };
}

beforeAll(async () => {
  fake = await startFakeLark();
  client = createLarkClient(
    { appId: fake.appId, appSecret: fake.appSecret, domain: fake.url },
    createLogger('silent'),
  );
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

describe('the fake contact API', () => {
  it('pages members 50 at a time and refuses a larger page', async () => {
    fake.contacts.setTenant(wide(120));
    const first = await client.contact.v3.user.findByDepartment({
      params: { department_id: 'od-big', department_id_type: 'open_department_id', page_size: 50 },
    });
    expect(first.data).toMatchObject({ has_more: true, page_token: expect.any(String) });
    expect(first.data?.items?.[0]).toMatchObject({
      open_id: 'ou_p0',
      name: '人员0',
      department_ids: ['od-big'],
    });
    await expect(
      client.contact.v3.user.findByDepartment({ params: { department_id: 'od-big', page_size: 51 } }),
    ).rejects.toMatchObject({ response: { status: 400, data: { code: 99992402 } } });
    await expect(
      client.contact.v3.user.findByDepartment({ params: { department_id: 'od-nowhere' } }),
    ).rejects.toMatchObject({ response: { status: 400 } });
  });

  it('refuses the 51st contact call within a second with 429 and a reset header', async () => {
    fake.contacts.setTenant(wide(1));
    const call = () =>
      client.contact.v3.department
        .children({ path: { department_id: '0' } })
        .then(() => 200)
        .catch((e: { response?: { status: number; headers: Record<string, string> } }) => e.response?.status);
    const statuses = await Promise.all(Array.from({ length: 55 }, call));
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(fake.contacts.limited).toBe(5);
  });

  it('batch_get_id takes at most 50 mobiles a call', async () => {
    fake.contacts.setTenant(wide(60));
    const mobiles = wide(60).users.map((u) => u.mobile!);
    await expect(client.contact.v3.user.batchGetId({ data: { mobiles } })).rejects.toMatchObject({
      response: { status: 400 },
    });
  });
});

describe('reading the tenant through the SDK', () => {
  it('reads every page, looks up 60 mobiles in two calls, and keeps within the limit', async () => {
    fake.contacts.setTenant(wide(120));
    const mobiles = wide(60).users.map((u) => u.mobile!);
    const tenant = await readTenant(
      client,
      { mobiles, emails: [] },
      new Pacer([{ count: 20, windowMs: 200 }]),
    );
    expect(tenant.users).toHaveLength(120);
    expect(tenant.departments).toEqual([
      { id: 'od-big', name: '大部门', parentId: '0', leaderOpenId: 'ou_p0' },
    ]);
    expect(Object.keys(tenant.contacts)).toHaveLength(60);
    expect(fake.requests.filter((r) => r.path.endsWith('/batch_get_id'))).toHaveLength(2);
    expect(fake.contacts.limited).toBe(0);
  });

  it('waits out a rate-limit refusal and carries on', async () => {
    fake.contacts.setTenant(wide(3));
    fake.failNext(1, { status: 429, resetSeconds: 1, pathPrefix: '/open-apis/contact/v3/users/find' });
    const tenant = await readTenant(client, { mobiles: [], emails: [] });
    expect(tenant.users).toHaveLength(3);
  });

  it('lets org import name people by mobile or email', async () => {
    fake.contacts.setTenant({
      departments: [],
      users: [
        { openId: 'ou_a', name: '甲', mobile: '13800000001', departmentIds: ['0'] },
        { openId: 'ou_b', name: '乙', email: 'yi@example.cn', departmentIds: ['0'] },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-import-'));
    const store = await openStore(`file:${join(dir, 'x.db')}`);
    const org = (second: Record<string, string>) => {
      const file = join(dir, 'org.json');
      const people = [
        { id: 'a', name: '甲', mobile: '13800000001' },
        { id: 'b', name: '乙', ...second },
      ];
      const units = [
        {
          id: 'u',
          name: '某分局',
          kind: 'branch',
          level: 'county',
          county: '潞城区',
          head: 'a',
          members: ['b'],
        },
      ];
      writeFileSync(
        file,
        JSON.stringify({ bureau: '长治市生态环境局', director: 'a', people, units, admins: ['b'] }),
      );
      return file;
    };
    const lookup = (named: { mobiles: string[]; emails: string[] }) => lookUpContacts(client, named);
    await importFile(store, 'org', org({ email: 'yi@example.cn' }), 'test', { lookup });
    expect((await loadDirectory(store.db))?.people.map((p) => p.openId)).toEqual(['ou_a', 'ou_b']);
    expect((await loadDirectory(store.db))?.admins).toEqual(['b']);
    const missing = importFile(store, 'org', org({ email: 'nobody@example.cn' }), 'test', { lookup });
    await expect(missing).rejects.toThrow(ImportError);
    await expect(missing).rejects.toThrow('人员 b（乙）的邮箱 nobody@example.cn 在通讯录中找不到');
    await expect(importFile(store, 'org', org({ email: 'yi@example.cn' }), 'test')).rejects.toThrow(
      /须配置 LARK_APP_ID/,
    );
    store.close();
  });
});
