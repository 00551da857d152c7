import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig, type Plugin } from 'vitest/config';
import { WORKER_KEYS } from './test/workers/keys.js';

const LARK_SDK_CJS = '/node_modules/@larksuiteoapi/node-sdk/lib/index.js';

/**
 * The pool hands workerd each module over a WebSocket whose messages stop at 1 MiB; the Lark SDK is one
 * 6 MB file (error 1009, docs/lark-platform.md §8). Resolving it to its CommonJS build, which the
 * `modulesRules` entry below marks CommonJS, makes workerd load it from disk through the pool's module
 * fallback service instead. As an untransformed CommonJS module it also has its own `__dirname`.
 */
const larkSdkFromDisk = (): Plugin => ({
  name: 'lark-sdk-from-disk',
  enforce: 'pre',
  resolveId: (id) => (id === '@larksuiteoapi/node-sdk' ? LARK_SDK_CJS : undefined),
});

// The workerd suite (npm run test:workers): src/worker.ts against a real sqld and a local D1.
export default defineConfig({
  plugins: [
    larkSdkFromDisk(),
    cloudflareTest(({ inject }) => ({
      main: './src/worker.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        d1Databases: ['DB'],
        modulesRules: [{ type: 'CommonJS', include: [`**${LARK_SDK_CJS}`] }],
        bindings: {
          DATABASE_URL: inject('sqldUrl'),
          LARK_DOMAIN: inject('fakeLarkUrl'),
          FAKE_LARK_DOOR: inject('fakeLarkDoor'),
          LARK_APP_ID: WORKER_KEYS.appId,
          LARK_APP_SECRET: WORKER_KEYS.appSecret,
          LARK_ENCRYPT_KEY: WORKER_KEYS.encryptKey,
          LARK_VERIFICATION_TOKEN: WORKER_KEYS.verificationToken,
          API_TOKEN: WORKER_KEYS.apiToken,
          LOG_LEVEL: 'warn',
        },
      },
    })),
  ],
  test: {
    include: ['test/workers/**/*.spec.ts'],
    globalSetup: ['test/workers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
