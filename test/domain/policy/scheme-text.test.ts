import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEME_TEXT } from '../../../src/domain/policy/text/scheme-text.js';

describe('the embedded scheme text', () => {
  it('equals changhuanfa-2025-36.txt byte for byte', () => {
    const path = fileURLToPath(
      new URL('../../../src/domain/policy/text/changhuanfa-2025-36.txt', import.meta.url),
    );
    expect(Buffer.from(SCHEME_TEXT, 'utf8').equals(readFileSync(path))).toBe(true);
  });

  it('is not read from disk by the knowledge base, so it also runs on Workers', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = fileURLToPath(new URL('../../../src/domain/policy/', import.meta.url));
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    for (const file of sources) {
      expect(readFileSync(`${dir}/${file}`, 'utf8'), file).not.toMatch(/from ['"](?:node:)?(?:fs|path)['"]/);
    }
  });
});
