import type { Directory } from '../org.js';
import { compareCodes } from './canonical.js';
import type { Recusal } from './types.js';

/** 执法检查人员: the units' people marked as enforcement officers, or their members when none are marked. */
export function inspectorPool(directory: Directory, unitIds: readonly string[]): string[] {
  const ids = directory.units
    .filter((unit) => unitIds.includes(unit.id))
    .flatMap((unit) => unit.officers ?? unit.members);
  const known = new Set(directory.people.map((p) => p.id));
  return [...new Set(ids)].filter((id) => known.has(id)).sort(compareCodes);
}

/** An inspector's visit to an enterprise: a plan that named them, by its first day. */
export interface InspectorVisit {
  personId: string;
  uscc: string;
  date: string;
}

export interface DeclaredConflict {
  personId: string;
  uscc: string;
}

/** The first day of the recusal window: `months` calendar months before `today`, clamped to month end. */
export function recusalWindowStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Who must not be drawn for whom: an inspector who visited the enterprise within the last `months`
 * months (visits planned for later count too), and one who declared a conflict of interest.
 */
export function recusalsFor(
  enterprises: readonly string[],
  inspectors: readonly string[],
  visits: readonly InspectorVisit[],
  conflicts: readonly DeclaredConflict[],
  window: { today: string; months: number },
): Recusal[] {
  const since = recusalWindowStart(window.today, window.months);
  const inPools = (uscc: string, personId: string) =>
    enterprises.includes(uscc) && inspectors.includes(personId);
  const recent: Recusal[] = visits
    .filter((v) => v.date >= since && inPools(v.uscc, v.personId))
    .map((v) => ({ uscc: v.uscc, personId: v.personId, reason: 'recent-inspection' }));
  const declared: Recusal[] = conflicts
    .filter((c) => inPools(c.uscc, c.personId))
    .map((c) => ({ uscc: c.uscc, personId: c.personId, reason: 'conflict' }));
  return [...recent, ...declared];
}
