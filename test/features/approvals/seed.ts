import { readFileSync } from 'node:fs';
import type { Enterprise } from '../../../src/domain/org.js';

export function loadEnterprisesFromSeed(): Enterprise[] {
  const file = new URL('../../../db/seed/enterprises.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { enterprises: Enterprise[] }).enterprises;
}
