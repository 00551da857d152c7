import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkCommitment,
  committedSeed,
  DRAW_ALGORITHM,
  poolsJson,
  repeatedDraws,
  runDraw,
  type DrawInput,
} from '../../../src/domain/draws/index.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const SECRET = 'a'.repeat(62) + '01';
const pools: DrawInput = {
  algorithm: DRAW_ALGORITHM,
  seed: '0000000000000000',
  enterprises: ['E1', 'E2', 'E3', 'E4'],
  inspectors: ['p1', 'p2', 'p3'],
  count: 2,
  perEnterprise: 2,
  recusals: [],
};
const poolsDigest = sha256(poolsJson(pools));
const input: DrawInput = { ...pools, seed: committedSeed(SECRET, poolsDigest, sha256) };
const record = { commitment: sha256(SECRET), poolsDigest, secret: SECRET };

describe('commit-reveal', () => {
  it('derives the seed as the first 16 hex digits of SHA-256(secret ‖ pools digest), as any tool would', () => {
    expect(poolsJson(pools)).not.toContain('seed');
    expect(poolsJson({ ...pools, seed: 'ffffffffffffffff' })).toBe(poolsJson(pools));
    expect(input.seed).toBe(sha256(`${SECRET}${poolsDigest}`).slice(0, 16));
    expect(runDraw(input).assignments).toHaveLength(2);
  });

  it.each([
    ['the published record', record, input, []],
    [
      'a revealed secret that does not match the commitment',
      { ...record, secret: 'b'.repeat(64) },
      input,
      ['公布的秘密值与抽取时公布的承诺值不符。', '随机种子不是由秘密值和名单摘要导出的。'],
    ],
    [
      'a commitment replaced afterwards',
      { ...record, commitment: sha256('c'.repeat(64)) },
      input,
      ['公布的秘密值与抽取时公布的承诺值不符。'],
    ],
    [
      'pools changed after the commitment',
      record,
      { ...input, enterprises: ['E1', 'E2', 'E3', 'E5'] },
      ['企业库、人员库或回避名单与抽取时公布的名单摘要不符。'],
    ],
    [
      'a seed chosen by a person',
      record,
      { ...input, seed: 'a1b2c3d4e5f60718' },
      ['随机种子不是由秘密值和名单摘要导出的。'],
    ],
    [
      'a secret that is not 256 bits',
      { ...record, secret: 'abc' },
      input,
      ['公布的秘密值不是64位十六进制数。'],
    ],
  ] as [string, typeof record, DrawInput, string[]][])('checks %s', (_name, rec, draw, problems) => {
    expect(checkCommitment(draw, rec, sha256)).toEqual(problems);
  });
});

describe('a repeat draw', () => {
  const earlier = [
    { id: 'A', unitId: 'u1', from: '2026-11-27', to: '2026-11-30', enterprises: ['E1', 'E2'] },
    { id: 'B', unitId: 'u2', from: '2026-11-27', to: '2026-11-30', enterprises: ['E1'] },
    { id: 'C', unitId: 'u1', from: '2026-12-01', to: '2026-12-05', enterprises: ['E1'] },
    { id: 'D', unitId: 'u1', from: '2026-11-20', to: '2026-11-27', enterprises: ['E9'] },
  ];
  it.each([
    [
      'the same unit, pool and period',
      { from: '2026-11-27', to: '2026-11-30', enterprises: ['E1', 'E2'] },
      ['A'],
    ],
    [
      'a period shifted by a day',
      { from: '2026-11-28', to: '2026-12-01', enterprises: ['E1', 'E2'] },
      ['A', 'C'],
    ],
    ['a disjoint pool', { from: '2026-11-27', to: '2026-11-30', enterprises: ['E3'] }, []],
    ['a later period', { from: '2026-12-06', to: '2026-12-09', enterprises: ['E1'] }, []],
  ] as const)('is %s', (_name, candidate, ids) => {
    expect(repeatedDraws({ unitId: 'u1', ...candidate }, earlier)).toEqual(ids);
  });
});
