import { createHash } from 'node:crypto';
import { canonicalJson, type DrawInput } from '../../domain/draws/index.js';

/** SHA-256 of the canonical input JSON, published so a copy of the pools can be checked byte for byte. */
export function inputDigest(input: DrawInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}
