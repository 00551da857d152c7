import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar, maskIdNumber } from '../../../src/domain/referrals/id-number.js';

/** Builds a valid number for an area, birth date and sequence. */
function id(area: string, birth: string, seq: string): string {
  const body = area + birth + seq;
  return body + idCheckChar(body);
}

describe('checkIdNumber', () => {
  it('accepts the examples of GB 11643', () => {
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true });
    expect(checkIdNumber('440524188001010014')).toEqual({ ok: true });
  });

  it('accepts constructed numbers, including one with check character X', () => {
    expect(checkIdNumber(id('140402', '19850315', '123'))).toEqual({ ok: true });
    expect(checkIdNumber(id('140481', '20000229', '456'))).toEqual({ ok: true });
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true });
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkIdNumber('110105194912310021')).toMatchObject({ ok: false, kind: 'check', expected: 'X' });
  });

  it('rejects an impossible birth date', () => {
    const body = '14040219850230123';
    expect(checkIdNumber(body + idCheckChar(body))).toMatchObject({ ok: false, kind: 'birth-date' });
    const notLeap = '14040219000229123';
    expect(checkIdNumber(notLeap + idCheckChar(notLeap))).toMatchObject({ ok: false, kind: 'birth-date' });
  });

  it('rejects wrong length, letters and a leading zero as malformed', () => {
    expect(checkIdNumber('140402198503151')).toMatchObject({ ok: false, kind: 'malformed' });
    expect(checkIdNumber('1404021985031512AB')).toMatchObject({ ok: false, kind: 'malformed' });
    expect(checkIdNumber('040402198503151234')).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('does not echo the number in its messages', () => {
    const result = checkIdNumber('110105194912310021');
    expect(result.ok || result.message).not.toContain('1949');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first four and last four characters', () => {
    expect(maskIdNumber('140402198503151234')).toBe('1404**********1234');
    expect(maskIdNumber('14040219850315123x')).toBe('1404**********123X');
  });

  it('masks a short value entirely', () => {
    expect(maskIdNumber('1404')).toBe('****');
  });
});
