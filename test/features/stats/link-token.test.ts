import { describe, expect, it } from 'vitest';
import { issueLinkToken, readLinkToken } from '../../../src/features/stats/link-token.js';

const NOW = new Date('2026-11-26T02:00:00Z');

describe('stats link tokens', () => {
  it('name their holder for seven days', () => {
    const token = issueLinkToken('k', 'ou_a', NOW);
    expect(readLinkToken('k', token, NOW)).toBe('ou_a');
    expect(readLinkToken('k', token, new Date(NOW.getTime() + 7 * 86_400_000 - 1000))).toBe('ou_a');
    expect(readLinkToken('k', token, new Date(NOW.getTime() + 7 * 86_400_000))).toBeUndefined();
  });

  it('fail under another key or with any part changed', () => {
    const token = issueLinkToken('k', 'ou_a', NOW);
    const [, expires, signature] = token.split('.');
    expect(readLinkToken('other', token, NOW)).toBeUndefined();
    expect(readLinkToken('k', `ou_b.${expires}.${signature}`, NOW)).toBeUndefined();
    expect(readLinkToken('k', `ou_a.${Number(expires) + 1}.${signature}`, NOW)).toBeUndefined();
    expect(readLinkToken('k', 'garbage', NOW)).toBeUndefined();
  });
});
