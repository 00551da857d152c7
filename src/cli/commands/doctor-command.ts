import { createLarkClient } from '../../lark/lark-client.js';
import { diagnose } from '../../lark/lark-doctor.js';
import { createLogger } from '../../log.js';
import type { CliCommand } from '../cli-context.js';

/** `doctor`: checks the app's token, bot capability and scopes against Lark; exit 1 when something is missing. */
export const doctorCommand: CliCommand = async (_args, ctx) => {
  const { appId, appSecret, domain } = ctx.config.lark;
  if (!appId || !appSecret) {
    ctx.err(
      '未配置 LARK_APP_ID 与 LARK_APP_SECRET：当前为本地模式，不连接飞书。请在环境变量中填写应用凭证后重试。',
    );
    return 1;
  }
  ctx.out(`检查飞书应用 ${appId}（${domain}）……`);
  const lines = await diagnose(createLarkClient({ appId, appSecret, domain }, createLogger('silent')));
  for (const line of lines) ctx.out(`${line.ok ? '✓' : '✗'} ${line.text}`);
  const missing = lines.filter((l) => !l.ok).length;
  ctx.out(missing ? `发现 ${missing} 项问题，请按上述提示处理。` : '全部检查通过。');
  return missing ? 1 : 0;
};
