import type * as lark from '@larksuiteoapi/node-sdk';

/** What the bot needs granted, and where each is used. */
export const REQUIRED_SCOPES: { scope: string; use: string }[] = [
  { scope: 'im:message:send_as_bot', use: '以应用身份发送、回复消息和更新卡片' },
  { scope: 'im:message.p2p_msg:readonly', use: '接收用户发给机器人的单聊消息' },
  { scope: 'im:message.group_at_msg:readonly', use: '接收群聊中 @机器人 的消息' },
  { scope: 'contact:user.id:readonly', use: '通过手机号或邮箱获取用户 ID' },
];

export interface DoctorLine {
  ok: boolean;
  text: string;
}

interface Answer {
  code?: number;
  msg?: string;
  bot?: { app_name?: string; open_id?: string };
  data?: { scopes?: { scope_name: string; grant_status: number }[] };
}

async function call(client: lark.Client, url: string): Promise<Answer> {
  try {
    return await client.request<Answer>({ url, method: 'GET' });
  } catch (err) {
    const e = err as { response?: { data?: Answer }; message?: string };
    return e.response?.data ?? { code: -1, msg: e.message ?? String(err) };
  }
}

const CONSOLE = '飞书开发者后台（https://open.feishu.cn/app）';

/**
 * Checks, with the app's own credentials, what the bot needs from the platform: a tenant token,
 * the bot capability, and the scopes; each finding says in Chinese where to fix it.
 */
export async function diagnose(client: lark.Client): Promise<DoctorLine[]> {
  const lines: DoctorLine[] = [];
  try {
    // Typed `any` in the SDK; this is the call every request makes first.
    const tokens = client.tokenManager as { getTenantAccessToken(): Promise<string> };
    await tokens.getTenantAccessToken();
    lines.push({ ok: true, text: '应用凭证有效，已取得 tenant_access_token。' });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    lines.push({
      ok: false,
      text: `无法取得 tenant_access_token（${reason}）。请在${CONSOLE}「凭证与基础信息」中核对 App ID 与 App Secret，并确认 LARK_DOMAIN 正确。`,
    });
    return lines;
  }
  const bot = await call(client, '/open-apis/bot/v3/info');
  lines.push(
    bot.code === 0 && bot.bot
      ? { ok: true, text: `机器人能力已启用：${bot.bot.app_name ?? ''}（${bot.bot.open_id ?? ''}）。` }
      : {
          ok: false,
          text: `机器人能力不可用（${bot.code} ${bot.msg ?? ''}）。请在${CONSOLE}「添加应用能力」中添加「机器人」，并发布新版本。`,
        },
  );
  const scopes = await call(client, '/open-apis/application/v6/scopes');
  if (scopes.code !== 0 || !scopes.data?.scopes) {
    lines.push({
      ok: false,
      text: `无法查询应用权限（${scopes.code} ${scopes.msg ?? ''}）。请确认应用已在企业内安装并发布。`,
    });
    return lines;
  }
  const granted = new Set(scopes.data.scopes.filter((s) => s.grant_status === 1).map((s) => s.scope_name));
  for (const { scope, use } of REQUIRED_SCOPES)
    lines.push(
      granted.has(scope)
        ? { ok: true, text: `已开通权限 ${scope}（${use}）。` }
        : {
            ok: false,
            text: `缺少权限 ${scope}（${use}）。请在${CONSOLE}「权限管理」中开通，并在「版本管理与发布」中发布新版本。`,
          },
    );
  return lines;
}
