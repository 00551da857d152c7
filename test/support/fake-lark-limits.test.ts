import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { randomLarkId } from '../../src/lark/payloads.js';
import { startFakeLark, type FakeLark, type FakeLarkOptions } from './fake-lark.js';

const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };
const card = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: '2.0',
    config: { update_multi: true },
    body: { elements: [{ tag: 'markdown', content: 'x' }] },
    ...extra,
  });
const text = JSON.stringify({ text: 'x' });
const DAY = 24 * 60 * 60 * 1000;

let fake: FakeLark | undefined;
let now = Date.parse('2026-11-26T02:00:00Z');
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake on a clock the test moves, and an SDK client with a token cache of its own. */
async function setup(opts: FakeLarkOptions = {}) {
  now = Date.parse('2026-11-26T02:00:00Z');
  const appId = `cli_${randomLarkId('ou').slice(3, 19)}`;
  fake = await startFakeLark({ appId, clock: () => now, ...opts });
  const tokens = new Map<string, unknown>();
  const cache = {
    set: (k: unknown, v: unknown) => Promise.resolve(!!tokens.set(String(k), v)),
    get: (k: unknown) => Promise.resolve(tokens.get(String(k))),
  };
  const client = new lark.Client({
    appId,
    appSecret: fake.appSecret,
    domain: fake.url,
    logger: silent,
    cache,
  });
  const send = (to: string, content = text, msgType = 'text', uuid?: string) =>
    client.im.v1.message
      .create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: to, msg_type: msgType, content, ...(uuid ? { uuid } : {}) },
      })
      .then(
        (r) => ({
          status: 200,
          code: r.code ?? 0,
          msg: r.msg ?? '',
          id: r.data?.message_id ?? '',
          headers: {},
        }),
        (e: {
          response: { status: number; data: { code: number; msg: string }; headers: Record<string, string> };
        }) => ({
          status: e.response.status,
          code: e.response.data.code,
          msg: e.response.data.msg,
          id: '',
          headers: e.response.headers,
        }),
      );
  const patch = (id: string, content: string) =>
    client.im.v1.message.patch({ path: { message_id: id }, data: { content } }).then(
      () => 0,
      (e: { response: { data: { code: number; msg: string } } }) => e.response.data.code,
    );
  return { fake, client, send, patch };
}

describe('the fake Lark refuses what the platform refuses', () => {
  it('a sixth message to one person within a second: HTTP 400, code 230020; room again a second later', async () => {
    const { send } = await setup();
    const who = randomLarkId('ou');
    for (let i = 0; i < 5; i++) expect((await send(who)).code).toBe(0);
    expect(await send(who)).toMatchObject({ status: 400, code: 230020 });
    expect((await send(randomLarkId('ou'))).code).toBe(0);
    now += 1000;
    expect((await send(who)).code).toBe(0);
  });

  it("over the app's per-second ceiling: HTTP 429, code 99991400, with the reset header", async () => {
    const { send } = await setup({ limits: { appPerSecond: 3 } });
    for (let i = 0; i < 3; i++) expect((await send(randomLarkId('ou'))).code).toBe(0);
    const refused = await send(randomLarkId('ou'));
    expect(refused).toMatchObject({ status: 429, code: 99991400 });
    expect(refused.headers).toMatchObject({ 'x-ogw-ratelimit-limit': '3', 'x-ogw-ratelimit-reset': '1' });
  });

  it('people it will not deliver to, a malformed open_id and an over-long uuid', async () => {
    const { fake, send } = await setup();
    const gone = randomLarkId('ou');
    fake.refuse(gone, 230053);
    expect(await send(gone)).toMatchObject({ status: 400, code: 230053 });
    expect(await send('ou-not-an-open-id')).toMatchObject({ status: 400, code: 230034 });
    expect(await send(randomLarkId('ou'), text, 'text', 'u'.repeat(51))).toMatchObject({ code: 99992402 });
    expect((await send(randomLarkId('ou'), text, 'text', 'u'.repeat(50))).code).toBe(0);
  });

  it('a card breaking a rule: code 230099 with the card error inside', async () => {
    const { send } = await setup();
    const refused = await send(randomLarkId('ou'), card({ fallback: {} }), 'interactive');
    expect(refused).toMatchObject({ status: 400, code: 230099 });
    expect(refused.msg).toMatch(
      /^Failed to create card content, ext=ErrCode: 200621; ErrMsg: unknown property "fallback"/,
    );
  });

  it('patches: not after 14 days, not a recalled card, not a 2.0 card to 1.0, at most 5 a second', async () => {
    const { fake, send, patch } = await setup();
    const sent = async () => (await send(randomLarkId('ou'), card(), 'interactive')).id;
    const old = await sent();
    const recalled = await sent();
    const fresh = await sent();
    fake.cards.recall(recalled);
    expect(await patch(recalled, card())).toBe(230011);
    expect(await patch(fresh, JSON.stringify({ elements: [] }))).toBe(230099);
    for (let i = 0; i < 5; i++) expect(await patch(fresh, card())).toBe(0);
    expect(await patch(fresh, card())).toBe(230020);
    now += 14 * DAY + 1;
    expect(await patch(old, card())).toBe(230031);
  });

  it('an expired tenant token: 99991664 until the client fetches a new one', async () => {
    const { fake } = await setup();
    const call = (token: string) =>
      fetch(`${fake.url}/open-apis/bot/v3/info`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.json() as Promise<{ code: number }>,
      );
    const fetchToken = async () =>
      (
        (await (
          await fetch(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }),
          })
        ).json()) as { tenant_access_token: string }
      ).tenant_access_token;
    const first = await fetchToken();
    expect((await call(first)).code).toBe(0);
    fake.expireToken();
    expect((await call(first)).code).toBe(99991664);
    expect((await call(await fetchToken())).code).toBe(0);
  });

  it('reports the scopes granted to the app', async () => {
    const { client } = await setup({ grantedScopes: ['im:message'] });
    const res = await client.request<{ data: { scopes: { scope_name: string; grant_status: number }[] } }>({
      url: '/open-apis/application/v6/scopes',
      method: 'GET',
    });
    expect(res.data.scopes).toContainEqual({ scope_name: 'im:message', grant_status: 1 });
    expect(res.data.scopes).toContainEqual({ scope_name: 'contact:user.id:readonly', grant_status: 2 });
  });
});
