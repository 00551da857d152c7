import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../scripts/bundle-node.js';
import { messageReceiveEvent, p2pChatId } from '../../src/lark/payloads.js';
import { freePort, runNode, type Child } from '../support/child.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { botProcessEnv, postSignedEvent, TEST_KEYS } from '../support/harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SDK_SOURCE = join(
  dirname(createRequire(import.meta.url).resolve('@larksuiteoapi/node-sdk/package.json')),
  'lib/index.js',
);

let out: string;
let fake: FakeLark;
let server: Child | undefined;

beforeAll(async () => {
  // Inside the checkout, as dist/ is: the bundle's packages resolve from its node_modules.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  out = mkdtempSync(join(ROOT, 'node_modules/.cache/zhifa-bundle-'));
  await bundleForNode(join(ROOT, 'src/main.ts'), join(out, 'main.mjs'));
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
}, 60_000);

afterAll(async () => {
  server?.process.kill('SIGTERM');
  await server?.exited;
  await fake.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the bundle `npm run build` makes', () => {
  it('carries the Lark SDK as compact ASCII, which V8 keeps as one-byte text', () => {
    const sdk = readFileSync(join(out, 'lark-node-sdk.mjs'), 'utf8');
    // As many UTF-8 bytes as characters: every one of them ASCII.
    expect(Buffer.byteLength(sdk)).toBe(sdk.length);
    expect(sdk.length).toBeLessThan(statSync(SDK_SOURCE).size / 2);
  });

  it('runs on plain Node: acks a signed event and replies through the SDK', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const dbFile = join(mkdtempSync(join(tmpdir(), 'zhifa-bundle-')), 'bot.db');
    server = runNode([join(out, 'main.mjs')], botProcessEnv(port, dbFile, fake));
    await server.waitFor(/已启动/);

    const event = messageReceiveEvent({
      openId: 'ou_demo_air_officer',
      text: '帮助',
      chatType: 'p2p',
      chatId: p2pChatId('ou_demo_air_officer'),
      token: TEST_KEYS.verificationToken,
      appId: TEST_KEYS.appId,
    });
    fake.recordPushed(event);
    const res = await postSignedEvent(`http://127.0.0.1:${port}`, event, TEST_KEYS.encryptKey);
    expect(res.status).toBe(200);

    const replies = () => fake.messages.filter((m) => m.parentId === event.event.message.message_id);
    await fake.waitFor(() => replies().length > 0, 10_000);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.content).toContain('执法助手');
  });
});
