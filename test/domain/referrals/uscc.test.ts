import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, normaliseUscc, usccCheckChar } from '../../../src/domain/referrals/uscc.js';
import { enterprises } from './fixtures.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('checkUscc', () => {
  it('accepts every demo enterprise code (all twelve pass the check character)', () => {
    expect(enterprises).toHaveLength(12);
    for (const e of enterprises) expect(checkUscc(e.uscc), e.name).toEqual({ ok: true });
  });

  it('accepts codes copied from public registrations', () => {
    for (const code of ['91440300708461136T', '91330100716105852F', '91110000802100433B']) {
      expect(checkUscc(code)).toEqual({ ok: true });
    }
  });

  it('accepts codes constructed with the GB 32100 algorithm', () => {
    const body = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 });
    fc.assert(fc.property(body, (b) => checkUscc(b + usccCheckChar(b)).ok));
  });

  it('maps a weighted sum of 0 to check character 0', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(checkUscc('000000000000000000')).toEqual({ ok: true });
  });

  it('reports a wrong check character as kind check with the expected one', () => {
    const result = checkUscc('91140406W20GL578PA');
    expect(result).toMatchObject({ ok: false, kind: 'check', expected: 'P' });
    expect(result.ok || result.message).toContain('「P」');
  });

  it('reports any altered check character with the right expected one', () => {
    const body = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(body, fc.constantFrom(...CHARSET), (b, c) => {
        const expected = usccCheckChar(b);
        fc.pre(c !== expected);
        const result = checkUscc(b + c);
        return !result.ok && result.kind === 'check' && result.expected === expected;
      }),
    );
  });

  it('rejects a wrong length as malformed', () => {
    expect(checkUscc('91140406W20GL578P')).toMatchObject({ ok: false, kind: 'malformed' });
    expect(checkUscc('91140406W20GL578PPP')).toMatchObject({ ok: false, kind: 'malformed' });
    expect(checkUscc('')).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('rejects the letters I, O, S, V and Z as malformed', () => {
    for (const letter of 'IOSVZ') {
      const result = checkUscc(`91140406W20GL578${letter}P`);
      expect(result).toMatchObject({ ok: false, kind: 'malformed' });
      expect(result.ok || result.message).toContain(letter);
    }
  });

  it('normalises full-width characters, spaces and lower case first', () => {
    expect(normaliseUscc(' ９１１４０４０６ｗ２０ＧＬ５７８ＰＰ ')).toBe('91140406W20GL578PP');
    expect(checkUscc('９１１４０４０６Ｗ２０ＧＬ５７８ＰＰ')).toEqual({ ok: true });
    expect(checkUscc('9114 0406 w20g l578 pp')).toEqual({ ok: true });
    expect(checkUscc('91140406W20GL578PP\u3000')).toEqual({ ok: true });
  });
});
