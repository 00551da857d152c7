import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLark, type FakeLark } from './fake-lark.js';

let fake: FakeLark;
let token: string;
beforeAll(async () => {
  fake = await startFakeLark();
  const res = await fetch(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }),
  });
  token = ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(() => fake.close());

function upload(fields: Record<string, string | Blob>, auth = `Bearer ${token}`) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return fetch(`${fake.url}/open-apis/im/v1/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: auth },
  });
}

describe('fake Lark file upload', () => {
  it('keeps an upload and answers its file_key, which a file message may then carry', async () => {
    const res = await upload({ file_type: 'xls', file_name: 'a.xlsx', file: new Blob(['PK']) });
    const body = (await res.json()) as { code: number; data: { file_key: string } };
    expect(body.code).toBe(0);
    expect(fake.files.get(body.data.file_key)?.bytes.toString()).toBe('PK');
    const send = (key: string) =>
      fetch(`${fake.url}/open-apis/im/v1/messages?receive_id_type=open_id`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          receive_id: 'ou_x',
          msg_type: 'file',
          content: JSON.stringify({ file_key: key }),
        }),
      });
    expect((await send(body.data.file_key)).status).toBe(200);
    expect((await send('file_v3_unknown')).status).toBe(400);
  });

  it.each([
    ['an empty file', { file_type: 'xls', file_name: 'a.xlsx', file: new Blob([]) }, 234006],
    ['an unknown file_type', { file_type: 'xlsx', file_name: 'a.xlsx', file: new Blob(['x']) }, 99992402],
    ['no file name', { file_type: 'xls', file: new Blob(['x']) }, 99992402],
  ])('refuses %s', async (_, fields, code) => {
    const res = await upload(fields);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: number }).code).toBe(code);
  });

  it('refuses a wrong token', async () => {
    const res = await upload({ file_type: 'xls', file_name: 'a', file: new Blob(['x']) }, 'Bearer t-wrong');
    expect(((await res.json()) as { code: number }).code).toBe(99991663);
  });

  it('is behind the same token, injected failures and rate limits as every other API', async () => {
    const limited = await startFakeLark({ limits: { appPerSecond: 1 } });
    try {
      const tokenOf = async () => {
        const res = await fetch(`${limited.url}/open-apis/auth/v3/tenant_access_token/internal`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ app_id: limited.appId, app_secret: limited.appSecret }),
        });
        return ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
      };
      const send = async (auth: string) => {
        const form = new FormData();
        for (const [k, v] of Object.entries({ file_type: 'xls', file_name: 'a', file: new Blob(['x']) }))
          form.append(k, v);
        const res = await fetch(`${limited.url}/open-apis/im/v1/files`, {
          method: 'POST',
          body: form,
          headers: { authorization: auth },
        });
        return { status: res.status, code: ((await res.json()) as { code: number }).code };
      };
      const old = await tokenOf();
      limited.expireToken();
      expect(await send(`Bearer ${old}`)).toEqual({ status: 400, code: 99991664 });
      const fresh = `Bearer ${await tokenOf()}`;
      limited.failNext(1, { status: 500, pathPrefix: '/open-apis/im/v1/files' });
      expect(await send(fresh)).toEqual({ status: 500, code: 500 });
      expect(await send(fresh)).toEqual({ status: 200, code: 0 });
      expect(await send(fresh)).toEqual({ status: 429, code: 99991400 });
      expect(limited.requests.filter((r) => r.path === '/open-apis/im/v1/files')).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });
});
