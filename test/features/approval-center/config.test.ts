import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

const app = { LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_ENCRYPT_KEY: 'k' };

describe('LARK_APPROVAL_CENTER', () => {
  it('is off by default and in local mode', () => {
    expect(loadConfig(app).approvalCenter).toBeUndefined();
    expect(loadConfig({ LARK_APPROVAL_CENTER: '1' }).approvalCenter).toBeUndefined();
  });

  it('needs the action token, and takes the key when given', () => {
    expect(() => loadConfig({ ...app, LARK_APPROVAL_CENTER: '1' })).toThrow(ConfigError);
    const on = { ...app, LARK_APPROVAL_CENTER: '1', LARK_APPROVAL_ACTION_TOKEN: 't' };
    expect(loadConfig(on).approvalCenter).toEqual({ actionToken: 't' });
    expect(loadConfig({ ...on, LARK_APPROVAL_ACTION_KEY: 'k2' }).approvalCenter).toEqual({
      actionToken: 't',
      actionKey: 'k2',
    });
  });
});
