import type { DrawInput, Recusal } from './types.js';

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareCodes);
}

/** Code-unit order, the same in every language and locale. */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareRecusals(a: Recusal, b: Recusal): number {
  return (
    compareCodes(a.uscc, b.uscc) || compareCodes(a.personId, b.personId) || compareCodes(a.reason, b.reason)
  );
}

/**
 * The input in its one canonical form. Recusals for enterprises or people outside the pools are
 * dropped, and a pair recused for two reasons is kept once per reason so both are published.
 */
export function canonicalInput(input: DrawInput): DrawInput {
  const enterprises = sortedUnique(input.enterprises);
  const inspectors = sortedUnique(input.inspectors);
  const inPools = input.recusals.filter(
    (r) => enterprises.includes(r.uscc) && inspectors.includes(r.personId),
  );
  const seen = new Set<string>();
  const recusals = [...inPools].sort(compareRecusals).filter((r) => {
    const key = `${r.uscc}\u0000${r.personId}\u0000${r.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    algorithm: input.algorithm,
    seed: input.seed,
    enterprises,
    inspectors,
    count: input.count,
    perEnterprise: input.perEnterprise,
    recusals: recusals.map(({ uscc, personId, reason }) => ({ uscc, personId, reason })),
  };
}

/** JSON with keys in a fixed order: the bytes a published digest is taken over. */
export function canonicalJson(input: DrawInput): string {
  return JSON.stringify(canonicalInput(input));
}
