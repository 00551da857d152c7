import type { Directory, Enterprise, QuietPeriod } from '../org.js';
import { isCalendarDate } from './dates.js';
import { isQuietDay, periodDays } from './quiet-calendar.js';

export interface QuietPeriodHit {
  period: QuietPeriod;
  /** Days of the inspection range inside the period, in order. */
  days: string[];
  /** The period names categories and the enterprise has none recorded: treated as covered. */
  categoryUnknown: boolean;
}

/**
 * Governments and staff write the same place as 潞城区, 潞城 or 长治市潞城区, so names are compared
 * without the city prefix and the trailing 区/县/市.
 */
function placeKey(place: string): string {
  const bare = place.trim().replace(/^长治市?/, '');
  return bare.length > 1 ? bare.replace(/[区县市]$/, '') : bare;
}

/** A jurisdiction may be written as a branch (潞城分局 or its unit id); the directory gives its county. */
function jurisdictionPlace(jurisdiction: string, directory?: Directory): string {
  const name = jurisdiction.trim();
  const branch = directory?.units.find(
    (unit) =>
      unit.kind === 'branch' &&
      (unit.id === name || unit.name === name || (name.endsWith('分局') && unit.name.endsWith(name))),
  );
  return branch?.county ?? name;
}

function placeCovered(
  period: QuietPeriod,
  enterprise: Enterprise,
  directory: Directory | undefined,
): boolean {
  switch (period.scope) {
    case 'citywide':
      return true;
    case 'county':
      return placeKey(jurisdictionPlace(period.jurisdiction, directory)) === placeKey(enterprise.county);
    case 'enterprises': {
      const names = new Set([enterprise.name, enterprise.uscc, enterprise.shortName].filter(Boolean));
      return (period.enterprises ?? []).some((listed) => names.has(listed.trim()));
    }
  }
}

/**
 * Whether the period covers the enterprise, and whether that rests on a missing category: the
 * registry may not record 规模以上 and the like, and leaving such an enterprise out would let a
 * visit through that the notice forbids, so it is covered and the finding says why.
 */
export function periodCovers(
  period: QuietPeriod,
  enterprise: Enterprise,
  directory?: Directory,
): { covered: boolean; categoryUnknown: boolean } {
  if (!placeCovered(period, enterprise, directory)) return { covered: false, categoryUnknown: false };
  const wanted = period.categories ?? [];
  if (wanted.length === 0) return { covered: true, categoryUnknown: false };
  const own = enterprise.categories ?? [];
  if (own.length === 0) return { covered: true, categoryUnknown: true };
  return { covered: wanted.some((category) => own.includes(category)), categoryUnknown: false };
}

/** The quiet periods that cover the enterprise within the inclusive range, with the days hit. */
export function quietPeriodsHitting(
  enterprise: Enterprise,
  from: string,
  to: string,
  quietPeriods: readonly QuietPeriod[],
  directory?: Directory,
): QuietPeriodHit[] {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return [];
  return quietPeriods.flatMap((period) => {
    const { covered, categoryUnknown } = periodCovers(period, enterprise, directory);
    if (!covered) return [];
    const days = periodDays(period, from, to);
    return days.length > 0 ? [{ period, days, categoryUnknown }] : [];
  });
}

/** The periods that make this day quiet for the enterprise. */
export function coveringPeriods(
  enterprise: Enterprise,
  date: string,
  quietPeriods: readonly QuietPeriod[],
  directory?: Directory,
): QuietPeriod[] {
  return quietPeriods.filter(
    (period) => isQuietDay(period, date) && periodCovers(period, enterprise, directory).covered,
  );
}

/**
 * The periods that reach some enterprise of a county (潞城区, 长治高新区): citywide ones and those
 * whose jurisdiction is the county, whatever categories or enterprises they are limited to.
 */
export function periodsOfPlace(
  quietPeriods: readonly QuietPeriod[],
  county: string,
  directory?: Directory,
): QuietPeriod[] {
  const key = placeKey(county);
  return quietPeriods.filter(
    (period) =>
      period.scope === 'citywide' || placeKey(jurisdictionPlace(period.jurisdiction, directory)) === key,
  );
}
