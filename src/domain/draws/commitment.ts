import { canonicalInput } from './canonical.js';
import type { DrawInput } from './types.js';

/**
 * Commit-reveal (第3条 双随机: nobody chooses the seed). When a draw is held the server makes a fresh
 * 256-bit secret and freezes the pools; it records at once, on the audit chain and in the draw:
 *   commitment  = SHA-256(secret)                      over the 64 hex digits as ASCII text;
 *   poolsDigest = SHA-256(canonical JSON of the pools)  the input less its seed;
 *   seed        = first 16 hex digits of SHA-256(secret ‖ poolsDigest), both as hex text.
 * The secret is revealed after the inspection period. Anyone can then check that it hashes to the
 * commitment, that the published pools hash to the digest, and that the seed comes from both: the
 * drawer could neither pick the seed nor fit it to pools chosen afterwards.
 */
export const COMMIT_REVEAL = 'commit-reveal-v1';

/** How a draw's seed was fixed. `test` seeds were given by a caller on a test installation. */
export type SeedScheme = typeof COMMIT_REVEAL | 'test' | 'legacy';

export const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/** SHA-256 of UTF-8 text as 64 lower-case hex digits; passed in so this module stays pure. */
export type Sha256Hex = (text: string) => string;

/** The frozen pools: the canonical input without its seed, as the bytes `poolsDigest` is taken over. */
export function poolsJson(input: DrawInput): string {
  const { seed: _seed, ...pools } = canonicalInput(input);
  return JSON.stringify(pools);
}

export function committedSeed(secret: string, poolsDigest: string, sha256: Sha256Hex): string {
  return sha256(`${secret}${poolsDigest}`).slice(0, 16);
}

/** What a committed draw publishes: the commitment and digest at once, the secret after the period. */
export interface CommitmentRecord {
  commitment: string;
  poolsDigest: string;
  secret: string;
}

/** Each way the revealed secret, the published commitment, the pools and the seed disagree. */
export function checkCommitment(input: DrawInput, record: CommitmentRecord, sha256: Sha256Hex): string[] {
  const problems: string[] = [];
  if (!SECRET_PATTERN.test(record.secret)) return ['公布的秘密值不是64位十六进制数。'];
  if (sha256(record.secret) !== record.commitment) problems.push('公布的秘密值与抽取时公布的承诺值不符。');
  if (sha256(poolsJson(input)) !== record.poolsDigest) {
    problems.push('企业库、人员库或回避名单与抽取时公布的名单摘要不符。');
  }
  if (committedSeed(record.secret, record.poolsDigest, sha256) !== input.seed) {
    problems.push('随机种子不是由秘密值和名单摘要导出的。');
  }
  return problems;
}
