import { normaliseCode } from './text.js';

/** 统一社会信用代码, GB 32100-2015: 17 body characters and a check character. */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccCheck =
  | { ok: true }
  | { ok: false; kind: 'malformed'; message: string }
  | { ok: false; kind: 'check'; expected: string; message: string };

export function normaliseUscc(code: string): string {
  return normaliseCode(code);
}

/** Check character for the first 17 characters (already normalised and within the charset). */
export function usccCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(body.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * A wrong check character is reported apart from a malformed code because some codes issued early
 * fail it yet are real: the caller shows it as a warning, not an error.
 */
export function checkUscc(code: string): UsccCheck {
  const c = normaliseUscc(code);
  if (c.length !== 18) {
    return { ok: false, kind: 'malformed', message: `统一社会信用代码应为18位，当前为${c.length}位。` };
  }
  const bad = [...c].find((ch) => !CHARSET.includes(ch));
  if (bad !== undefined) {
    return {
      ok: false,
      kind: 'malformed',
      message: `统一社会信用代码含无效字符「${bad}」（不使用I、O、S、V、Z）。`,
    };
  }
  const expected = usccCheckChar(c.slice(0, 17));
  if (c.charAt(17) !== expected) {
    return {
      ok: false,
      kind: 'check',
      expected,
      message: `统一社会信用代码校验位应为「${expected}」，当前为「${c.charAt(17)}」，请核对。`,
    };
  }
  return { ok: true };
}
