// The fake Lark's answers and its checks of a message body: the documented shapes, size limits and
// the card rules, refused with the codes the platform uses.
import { randomBytes } from 'node:crypto';
import { checkCard } from './card-rules.js';

/** JSON `body`, or the bytes of a download in `raw`. */
export type Reply = { status: number; body: unknown; headers?: Record<string, string>; raw?: Buffer };

const MSG_TYPE = /^(text|post|image|file|audio|media|sticker|interactive|share_chat|share_user|system)$/;
// Documented request-body limits: text 150 KB, card and rich text 30 KB.
const CONTENT_LIMIT: Record<string, number> = { text: 150 * 1024, post: 30 * 1024, interactive: 30 * 1024 };

export const ok = (data?: unknown): Reply => ({
  status: 200,
  body: { code: 0, msg: 'success', data: data ?? {} },
});
export const fail = (status: number, code: number, msg: string): Reply => ({
  status,
  body: { code, msg, error: { log_id: randomBytes(12).toString('hex').toUpperCase() } },
});
export const invalidField = (): Reply => fail(400, 99992402, 'field validation failed');
export const invalidParam = (ext: string): Reply =>
  fail(400, 230001, `Your request contains an invalid request parameter, ext=${ext}.`);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

export type Content = { msgType: string; content: string; card?: Record<string, unknown> };

/** The platform's answer to a card it cannot build: 230099 with the card error inside. */
export function cardRefusal(card: unknown): Reply | undefined {
  const [first] = checkCard(card);
  if (!first) return undefined;
  return fail(
    400,
    230099,
    `Failed to create card content, ext=ErrCode: ${first.code}; ErrMsg: ${first.message}; ErrorValue: ${first.path};`,
  );
}

export function parseContent(msgType: unknown, content: unknown): Content | Reply {
  if (typeof msgType !== 'string' || !MSG_TYPE.test(msgType) || typeof content !== 'string')
    return invalidField();
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return invalidParam('invalid message content');
  }
  if (!isRecord(parsed)) return invalidParam('invalid message content');
  if (Buffer.byteLength(content, 'utf8') > (CONTENT_LIMIT[msgType] ?? Infinity))
    return fail(400, 230025, 'The length of the message content reaches its limit.');
  if (msgType !== 'interactive') return { msgType, content };
  return cardRefusal(parsed) ?? { msgType, content, card: parsed };
}

/** A `uuid` is at most 50 characters. */
export function uuidField(b: Record<string, unknown>): { uuid?: string } | Reply {
  if (b.uuid === undefined || b.uuid === '') return {};
  if (typeof b.uuid !== 'string' || b.uuid.length > 50) return invalidField();
  return { uuid: b.uuid };
}

/** Refusals about the person, as the platform words them. */
export const PERSON_REFUSALS: Record<number, string> = {
  230013: 'Bot has NO availability to this user.',
  230029: 'The user has resigned.',
  230034: 'The receive_id is invalid.',
  230053: 'The user has stopped the bot from sending messages to him.',
  99992361: 'open_id cross app',
};
