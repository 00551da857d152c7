import { createHash } from 'node:crypto';
import {
  canonicalJson,
  COMMIT_REVEAL,
  committedSeed,
  poolsJson,
  type DrawInput,
  type SeedScheme,
} from '../../domain/draws/index.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** SHA-256 of the canonical input JSON, published so a copy of the pools can be checked byte for byte. */
export function inputDigest(input: DrawInput): string {
  return sha256Hex(canonicalJson(input));
}

/** A fresh 256-bit secret from the platform's CSPRNG (Web Crypto, on Node and Workers alike). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How a draw's seed is fixed and what is recorded for it. */
export interface SeedFix {
  scheme: SeedScheme;
  seed: string;
  commitment: string | null;
  poolsDigest: string | null;
  secret: string | null;
}

/**
 * The seed of a draw over `pools` (its seed field is ignored): a test seed as given, otherwise
 * committed — a fresh secret, its hash, the pools' digest, and the seed derived from both.
 */
export function fixSeed(pools: DrawInput, testSeed: string | undefined): SeedFix {
  if (testSeed) return { scheme: 'test', seed: testSeed, commitment: null, poolsDigest: null, secret: null };
  const secret = newSecret();
  const digest = sha256Hex(poolsJson(pools));
  return {
    scheme: COMMIT_REVEAL,
    seed: committedSeed(secret, digest, sha256Hex),
    commitment: sha256Hex(secret),
    poolsDigest: digest,
    secret,
  };
}
