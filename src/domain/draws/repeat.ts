/**
 * A repeat draw: one a unit holds for a period overlapping an earlier draw of its own, over pools
 * that share at least one enterprise. Overlap rather than equality, so shifting the period by a day
 * or narrowing the filters a little cannot dodge the approval a repeat needs.
 */
export interface DrawnPool {
  id: string;
  unitId: string;
  from: string;
  to: string;
  enterprises: readonly string[];
}

/** Ids of the earlier draws `candidate` repeats, in the order given. */
export function repeatedDraws(candidate: Omit<DrawnPool, 'id'>, earlier: readonly DrawnPool[]): string[] {
  const mine = new Set(candidate.enterprises);
  return earlier
    .filter(
      (d) =>
        d.unitId === candidate.unitId &&
        d.from <= candidate.to &&
        d.to >= candidate.from &&
        d.enterprises.some((uscc) => mine.has(uscc)),
    )
    .map((d) => d.id);
}
