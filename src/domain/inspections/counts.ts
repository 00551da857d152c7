import { isCapExempt } from '../rules/methods.js';
import type { InspectionType } from '../rules/types.js';
import type { InspectionStatus } from './record.js';

/** What the kept counts read of a visit. */
export interface CountedVisit {
  requestId: string;
  uscc: string;
  year: number;
  date: string;
  unitId: string;
  type: string;
  onSite: boolean;
  status: InspectionStatus;
}

/** One enterprise's counted visits in a plan year (db/schema/visit-counts.ts). */
export interface EnterpriseYearCount {
  year: number;
  uscc: string;
  visits: number;
  onSite: number;
  onSiteExempt: number;
  lastRequestId: string;
  lastOnSite: string | null;
}

/** Counted on-site visits of one plan year, day, unit and type. */
export interface DayCount {
  year: number;
  date: string;
  unitId: string;
  type: string;
  onSite: number;
}

/** 第3条 counts every visit but a cancelled one: done, fed back, or approved and still planned. */
export function isCounted(visit: Pick<CountedVisit, 'status'>): boolean {
  return visit.status !== 'cancelled';
}

const max = (a: string | null, b: string) => (a === null || b > a ? b : a);

/** The per-enterprise counts of `visits`, in year and code order; none for an enterprise none count for. */
export function enterpriseYearCounts(visits: readonly CountedVisit[]): EnterpriseYearCount[] {
  const counts = new Map<string, EnterpriseYearCount>();
  for (const v of visits) {
    if (!isCounted(v)) continue;
    const key = `${v.year}\u0000${v.uscc}`;
    const c = counts.get(key) ?? {
      year: v.year,
      uscc: v.uscc,
      visits: 0,
      onSite: 0,
      onSiteExempt: 0,
      lastRequestId: v.requestId,
      lastOnSite: null,
    };
    c.visits += 1;
    c.lastRequestId = max(c.lastRequestId, v.requestId);
    if (v.onSite) {
      c.onSite += 1;
      if (isCapExempt(v.type as InspectionType)) c.onSiteExempt += 1;
      c.lastOnSite = max(c.lastOnSite, v.date);
    }
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || compare(a.uscc, b.uscc));
}

/** The per-day on-site counts of `visits`, in year, day, unit and type order. */
export function dayCounts(visits: readonly CountedVisit[]): DayCount[] {
  const counts = new Map<string, DayCount>();
  for (const v of visits) {
    if (!isCounted(v) || !v.onSite) continue;
    const key = [v.year, v.date, v.unitId, v.type].join('\u0000');
    const c = counts.get(key) ?? { year: v.year, date: v.date, unitId: v.unitId, type: v.type, onSite: 0 };
    c.onSite += 1;
    counts.set(key, c);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.year - b.year || compare(a.date, b.date) || compare(a.unitId, b.unitId) || compare(a.type, b.type),
  );
}

/** Code-unit order, as SQLite compares text. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
