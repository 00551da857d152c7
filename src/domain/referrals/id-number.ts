import { isCalendarDate } from './dates.js';
import { normaliseCode } from './text.js';

/** 公民身份号码, GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_MAP = '10X98765432';

export type IdNumberCheck =
  | { ok: true }
  | { ok: false; kind: 'malformed' | 'birth-date'; message: string }
  | { ok: false; kind: 'check'; expected: string; message: string };

export function idCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_MAP.charAt(sum % 11);
}

/** Whether positions 7–14 hold a plausible birth date; also used to tell an ID number from a code. */
export function hasBirthDate(id: string): boolean {
  const year = Number(id.slice(6, 10));
  return (
    year >= 1800 && year <= 2099 && isCalendarDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))
  );
}

export function checkIdNumber(id: string): IdNumberCheck {
  const c = normaliseCode(id);
  if (!/^[1-9]\d{16}[\dX]$/.test(c)) {
    return { ok: false, kind: 'malformed', message: '身份证号应为18位，前17位为数字，末位为数字或X。' };
  }
  if (!hasBirthDate(c)) {
    return { ok: false, kind: 'birth-date', message: '身份证号中的出生日期无效。' };
  }
  const expected = idCheckChar(c);
  if (c.charAt(17) !== expected) {
    return { ok: false, kind: 'check', expected, message: '身份证号校验位不符，请核对。' };
  }
  return { ok: true };
}

/** Keeps the area prefix and the last four so an officer can recognise the person without exposing the rest. */
export function maskIdNumber(id: string): string {
  const c = normaliseCode(id);
  if (c.length <= 8) return '*'.repeat(c.length);
  return c.slice(0, 4) + '*'.repeat(c.length - 8) + c.slice(-4);
}
