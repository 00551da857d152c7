import { CardGoneError, SendError } from '../outbox/messenger.js';

/**
 * Every way a Lark call can fail, sorted into what the sender does about it (docs/lark-platform.md,
 * "What the platform refuses"): wait and retry, refresh the token and retry, give up on the person,
 * or give up on the message. Reasons are Chinese: they reach `cli outbox list` and the administrator.
 */

/** The answer body of a failed call, from either failure shape (thrown AxiosError or HTTP 200). */
export interface LarkFailure {
  status?: number;
  code?: number;
  msg?: string;
  resetHeader?: string;
}

export const TOKEN_CODES = new Set([99991661, 99991663, 99991664]);

/** Refusals about the person, not the request: retrying never helps. Reason, then what to do. */
export const PERSON_REFUSALS: Record<number, [string, string]> = {
  230013: [
    '对方不在应用的可用范围内',
    '请在飞书开发者后台「版本管理与发布」中把此人加入应用可用范围并发布新版本。',
  ],
  230029: ['对方已离职', '请更新组织机构文件并重新导入。'],
  230034: ['对方的飞书账号标识无效', '请核对组织机构文件中此人的 open_id。'],
  230053: ['对方已停用本机器人', '请联系此人在飞书中重新启用「执法助手」。'],
  99992361: ['对方的账号标识不属于本应用', '请核对组织机构文件中此人的 open_id（须为本应用下的 open_id）。'],
};

const APP_RATE_LIMITED = 99991400;
const CHAT_RATE_LIMITED = 230020;

/** Failures that are about the message itself; sending it again would fail again. */
const MESSAGE_REFUSALS: Record<number, string> = {
  230099: '卡片内容不符合飞书规则',
  230025: '消息内容超过飞书长度上限',
  230001: '请求参数不被飞书接受',
  99992402: '请求字段不被飞书接受',
  230012: '机器人不是原消息的发送者，无法更新',
};

/** A card Lark no longer updates: expected, settled without a retry (docs/lark-platform.md §9.2). */
const CARD_GONE: Record<number, string> = {
  230011: '原消息已撤回，无法更新',
  230031: '原消息发送已超过 14 天，无法更新',
};

/** A 429 names its wait in x-ogw-ratelimit-reset (seconds); a per-chat refusal waits out its second. */
function waitMs(f: LarkFailure): number {
  const reset = f.resetHeader === undefined ? NaN : Number(f.resetHeader);
  return (Number.isFinite(reset) && reset >= 0 ? reset * 1000 : 1000) + 50;
}

export function classify(op: string, f: LarkFailure): SendError {
  const detail = `${op}: ${f.status ? `HTTP ${f.status} ` : ''}code ${f.code ?? '-'}${f.msg ? ` ${f.msg}` : ''}`;
  if (f.status === 429 || f.code === APP_RATE_LIMITED)
    return new SendError(`飞书接口限流，稍后重发（${detail}）`, true, waitMs(f));
  if (f.code === CHAT_RATE_LIMITED)
    return new SendError(`发给同一人的消息过于频繁，稍后重发（${detail}）`, true, waitMs(f));
  if (f.code !== undefined && TOKEN_CODES.has(f.code))
    return new SendError(`飞书访问凭证失效（${detail}）`, true);
  const person = f.code !== undefined ? PERSON_REFUSALS[f.code] : undefined;
  if (person) {
    const [reason, advice] = person;
    return new SendError(`${reason}（${detail}）`, false, undefined, { code: f.code!, reason, advice });
  }
  const gone = f.code !== undefined ? CARD_GONE[f.code] : undefined;
  if (gone) return new CardGoneError(`${gone}（${detail}）`);
  const message = f.code !== undefined ? MESSAGE_REFUSALS[f.code] : undefined;
  if (message) return new SendError(`${message}（${detail}）`, false);
  if (f.status === undefined) return new SendError(`网络错误，稍后重发（${detail}）`, true);
  if (f.status >= 500 || f.status === 408 || f.status === 200)
    return new SendError(`飞书暂时无法处理，稍后重发（${detail}）`, true);
  return new SendError(`飞书拒绝了这条消息（${detail}）`, false);
}
