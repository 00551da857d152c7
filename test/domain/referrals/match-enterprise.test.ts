import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../src/domain/org.js';
import { matchEnterprise } from '../../../src/domain/referrals/match-enterprise.js';
import { enterprise, enterprises } from './fixtures.js';

const chemical = enterprise('长治示例化工有限公司');

describe('matchEnterprise', () => {
  it('matches by USCC first, normalised', () => {
    expect(matchEnterprise({ uscc: '９１１４０４０５ldbh8h2jdl', name: '别的名字' }, enterprises)).toEqual({
      match: chemical,
      candidates: [chemical],
      how: 'uscc',
    });
  });

  it('falls back to the name when the USCC is not in the registry', () => {
    const result = matchEnterprise({ uscc: '91140405LDBH8H2JDX', name: '长治示例化工有限公司' }, enterprises);
    expect(result).toMatchObject({ match: chemical, how: 'name' });
  });

  it('matches the exact registered name', () => {
    expect(matchEnterprise({ name: ' 长治示例化工有限公司 ' }, enterprises)).toMatchObject({
      match: chemical,
      how: 'name',
    });
  });

  it('matches a short name', () => {
    const withShort: Enterprise[] = [...enterprises.slice(1), { ...chemical, shortName: '示化' }];
    expect(matchEnterprise({ name: '示化' }, withShort)).toMatchObject({
      match: { uscc: chemical.uscc },
      how: 'short',
    });
  });

  it('matches loose names: 示例化工（屯留）, 示例化工, 长治示例化工', () => {
    for (const name of [
      '示例化工（屯留）',
      '示例化工(屯留区)',
      '示例化工',
      '长治示例化工',
      '长治市示例化工公司',
    ]) {
      expect(matchEnterprise({ name }, enterprises), name).toMatchObject({ match: chemical, how: 'fuzzy' });
    }
  });

  it('ignores 集团 and bracketed words that are not places', () => {
    const steel = enterprise('长治示例钢铁集团有限公司');
    expect(matchEnterprise({ name: '示例钢铁' }, enterprises).match).toBe(steel);
    expect(matchEnterprise({ name: '示例钢铁（集团）' }, enterprises).match).toBe(steel);
  });

  it('uses a bracketed place to choose between enterprises of the same name', () => {
    const inLucheng: Enterprise = {
      ...chemical,
      name: '长治示例化工（潞城）有限公司',
      uscc: 'X',
      county: '潞城区',
    };
    const list = [...enterprises, inLucheng];
    expect(matchEnterprise({ name: '示例化工' }, list)).toEqual({
      candidates: [chemical, inLucheng],
      how: 'fuzzy',
    });
    expect(matchEnterprise({ name: '示例化工（潞城）' }, list).match).toBe(inLucheng);
    expect(matchEnterprise({ name: '示例化工（屯留）' }, list).match).toBe(chemical);
  });

  it('leaves a contradicting place for the officer to settle', () => {
    expect(matchEnterprise({ name: '示例化工（潞城）' }, enterprises)).toEqual({
      candidates: [chemical],
      how: 'fuzzy',
    });
  });

  it('reports none for an unknown name or an empty subject', () => {
    expect(matchEnterprise({ name: '长治某某洗车店' }, enterprises)).toEqual({ candidates: [], how: 'none' });
    expect(matchEnterprise({}, enterprises)).toEqual({ candidates: [], how: 'none' });
  });

  it('does not match on a fragment too short to mean anything', () => {
    expect(matchEnterprise({ name: '化' }, enterprises).how).toBe('none');
    expect(matchEnterprise({ name: '示例' }, enterprises).match).toBeUndefined();
  });
});
