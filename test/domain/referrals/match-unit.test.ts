import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/org.js';
import { matchUnit } from '../../../src/domain/referrals/units.js';
import { directory } from './fixtures.js';

/** The fixture bureau with every unit copied twice more, named 「…2」「…3」, as a larger bureau. */
const larger: Directory = {
  ...directory,
  units: [1, 2, 3].flatMap((k) =>
    directory.units.map((u) => (k === 1 ? u : { ...u, id: `${u.id}-${k}`, name: `${u.name}${k}` })),
  ),
};

const names = (text: string, dir = larger) => {
  const { unit, close } = matchUnit(text, dir);
  return unit ? unit.name : close.map((u) => u.name);
};

describe('matchUnit', () => {
  it.each([
    ['法规与标准科2', '法规与标准科2'],
    ['法规科2', '法规与标准科2'],
    ['大气环境科', '大气环境科'],
    ['大气科3', '大气环境科3'],
  ])('finds %s as one unit', (text, expected) => {
    expect(names(text)).toBe(expected);
  });

  it.each([
    ['法规科', ['法规与标准科', '法规与标准科2', '法规与标准科3']],
    ['大气科', ['大气环境科', '大气环境科2', '大气环境科3']],
  ])('lists every unit %s could mean', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('offers the closest names for one it cannot fit, and nothing for one too short or unrelated', () => {
    expect(names('大气污染科', directory)).toContain('大气环境科');
    expect(names('宇宙', directory)).toEqual([]);
    expect(names('科', directory)).toEqual([]);
  });
});
