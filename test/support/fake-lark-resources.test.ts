import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkClient } from '../../src/lark/lark-client.js';
import { LarkResources } from '../../src/lark/lark-resources.js';
import { createLogger } from '../../src/log.js';
import { startFakeLark, type FakeLark } from './fake-lark.js';

let fake: FakeLark;
let resources: LarkResources;

beforeAll(async () => {
  fake = await startFakeLark({ appId: 'cli_resources_test', appSecret: 'resources-secret' });
  const client = createLarkClient(
    { appId: fake.appId, appSecret: fake.appSecret, domain: fake.url },
    createLogger('silent'),
  );
  resources = new LarkResources(client);
  const pdf = Buffer.from('%PDF-1.7 监测报告');
  fake.resources.add('om_file', 'file_v3_report', {
    type: 'file',
    bytes: pdf,
    mimeType: 'application/pdf',
    fileName: '监测报告.pdf',
  });
  fake.resources.add('om_image', 'img_v3_big', {
    type: 'image',
    bytes: Buffer.alloc(5000, 7),
    mimeType: 'image/png',
  });
  fake.resources.markUnsupported('om_merged');
});
afterAll(() => fake.close());

describe('the message resource API, through the SDK and the fake Lark', () => {
  it('downloads a file with its type and name', async () => {
    const got = await resources.download('om_file', { kind: 'file', key: 'file_v3_report' }, 1024);
    expect(got).toMatchObject({ ok: true, mimeType: 'application/pdf', fileName: '监测报告.pdf' });
    expect(got.ok && Buffer.from(got.bytes).toString()).toBe('%PDF-1.7 监测报告');
    const request = fake.requests.find((r) => r.path.includes('/resources/'));
    expect(request).toMatchObject({ method: 'GET', query: { type: 'file' } });
  });

  it('stops at the configured limit', async () => {
    expect(await resources.download('om_image', { kind: 'image', key: 'img_v3_big' }, 4999)).toEqual({
      ok: false,
      reason: 'too-large',
      size: 5000,
    });
  });

  it.each([
    ['a key of another message', 'om_file', 'image', 'img_v3_big'],
    ['a picture asked for as a file', 'om_image', 'file', 'img_v3_big'],
    ['a merged forward (234043)', 'om_merged', 'file', 'file_v3_any'],
  ] as const)('is refused for good on %s', async (_name, messageId, kind, key) => {
    expect(await resources.download(messageId, { kind, key }, 1024)).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('throws on a rate limit, for the queue worker to retry', async () => {
    fake.failNext(1, { status: 429, pathPrefix: '/open-apis/im/v1/messages/om_file/resources' });
    await expect(
      resources.download('om_file', { kind: 'file', key: 'file_v3_report' }, 1024),
    ).rejects.toThrow();
  });

  it('counts downloads against the per-app rate limits', async () => {
    const limited = await startFakeLark({ limits: { appPerSecond: 1 } });
    try {
      limited.resources.add('om_one', 'img_v3_one', {
        type: 'image',
        bytes: Buffer.from('x'),
        mimeType: 'image/png',
      });
      const client = createLarkClient(
        { appId: limited.appId, appSecret: limited.appSecret, domain: limited.url },
        createLogger('silent'),
      );
      const api = new LarkResources(client);
      const one = { kind: 'image', key: 'img_v3_one' } as const;
      expect((await api.download('om_one', one, 1024)).ok).toBe(true);
      await expect(api.download('om_one', one, 1024)).rejects.toThrow();
      expect(limited.resources.downloads).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});
