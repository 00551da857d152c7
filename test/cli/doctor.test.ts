import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_SCOPES, startFakeLark, type FakeLark, type FakeLarkOptions } from '../support/fake-lark.js';

const APP = { appId: 'cli_doctor_app', appSecret: 'doctor-secret' };
let fake: FakeLark | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function doctor(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-doctor-'));
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${join(dir, 'cli.db')}`,
    LOG_LEVEL: 'silent',
  };
  for (const key of ['LARK_APP_ID', 'LARK_APP_SECRET', 'LARK_DOMAIN', 'LARK_MODE']) delete base[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'doctor'], {
      env: { ...base, ...env },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function against(opts: FakeLarkOptions, secret = APP.appSecret) {
  fake = await startFakeLark({ ...APP, ...opts });
  return doctor({
    LARK_APP_ID: APP.appId,
    LARK_APP_SECRET: secret,
    LARK_DOMAIN: fake.url,
    LARK_ENCRYPT_KEY: 'k',
  });
}

describe('cli doctor', () => {
  it('passes when the token, the bot and every scope are there', async () => {
    const { code, out } = await against({});
    expect(out).toContain('✓ 应用凭证有效');
    expect(out).toContain('✓ 机器人能力已启用：执法助手');
    expect(out).toContain('✓ 已开通权限 contact:user.id:readonly');
    expect(out).toContain('全部检查通过。');
    expect(code).toBe(0);
  });

  it('names each missing scope and where to grant it', async () => {
    const granted = BOT_SCOPES.filter(
      (s) => s !== 'contact:user.id:readonly' && s !== 'im:message:send_as_bot',
    );
    const { code, out } = await against({ grantedScopes: granted });
    expect(out).toContain(
      '✗ 缺少权限 contact:user.id:readonly（通过手机号或邮箱获取用户 ID）。请在飞书开发者后台',
    );
    expect(out).toContain('✗ 缺少权限 im:message:send_as_bot');
    expect(out).toContain('「权限管理」');
    expect(out).toContain('发现 2 项问题');
    expect(code).toBe(1);
  });

  it('says the bot capability is missing', async () => {
    const { code, out } = await against({ botEnabled: false });
    expect(out).toContain('✗ 机器人能力不可用');
    expect(out).toContain('「添加应用能力」');
    expect(code).toBe(1);
  });

  it('stops at a wrong app secret, pointing at the credentials page, without printing the secret', async () => {
    const { code, out } = await against({}, 'wrong-secret-value');
    expect(out).toContain('✗ 无法取得 tenant_access_token');
    expect(out).toContain('「凭证与基础信息」');
    expect(out).not.toContain('wrong-secret-value');
    expect(code).toBe(1);
  });

  it('explains that local mode has no app to check', async () => {
    const { code, out } = await doctor({});
    expect(out).toContain('未配置 LARK_APP_ID');
    expect(code).toBe(1);
  });
});
