import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('defaults to local mode on the embedded file', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8787,
      databaseUrl: 'file:data/zhifa.db',
      localMode: true,
      simulator: true,
    });
    expect(c.lark.domain).toBe('https://open.feishu.cn');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LARK_MODE: 'carrier-pigeon' }, 'LARK_MODE'],
    [{ DATABASE_URL: 'postgres://x' }, 'DATABASE_URL'],
    [{ LARK_DOMAIN: 'not a url' }, 'LARK_DOMAIN'],
    [{ LARK_APP_ID: 'cli_x' }, 'LARK_APP_SECRET'],
    [{ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's' }, 'LARK_ENCRYPT_KEY'],
    [{ ATTACHMENT_MAX_BYTES: String(200 * 1024 * 1024) }, 'ATTACHMENT_MAX_BYTES'],
    [{ ATTACHMENT_OFFER_MINUTES: '0' }, 'ATTACHMENT_OFFER_MINUTES'],
  ])('stops start-up on %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('turns the simulator off once a Lark app is configured', () => {
    const c = loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_ENCRYPT_KEY: 'k' });
    expect(c.localMode).toBe(false);
    expect(c.simulator).toBe(false);
    expect(
      loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_ENCRYPT_KEY: 'k', DEV_SIMULATOR: '1' })
        .simulator,
    ).toBe(true);
  });

  it('keeps pictures and files of up to 10 MB, offered for 5 minutes, unless told otherwise', () => {
    expect(loadConfig({}).attachments).toEqual({ maxBytes: 10 * 1024 * 1024, offerMinutes: 5 });
    const set = loadConfig({ ATTACHMENT_MAX_BYTES: '2000000', ATTACHMENT_OFFER_MINUTES: '15' });
    expect(set.attachments).toEqual({ maxBytes: 2_000_000, offerMinutes: 15 });
  });
});
