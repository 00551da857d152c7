import type { Directory, Enterprise, QuietPeriod } from '../org.js';
import { eachDay, intersect, isCalendarDate } from './dates.js';

export interface QuietPeriodHit {
  period: QuietPeriod;
  /** Days of the inspection range inside the period, in order. */
  days: string[];
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

function appliesTo(period: QuietPeriod, enterprise: Enterprise, directory: Directory | undefined): boolean {
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

/** The quiet periods that apply to the enterprise and overlap the inclusive range, with the days hit. */
export function quietPeriodsHitting(
  enterprise: Enterprise,
  from: string,
  to: string,
  quietPeriods: readonly QuietPeriod[],
  directory?: Directory,
): QuietPeriodHit[] {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return [];
  return quietPeriods.flatMap((period) => {
    if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) return [];
    if (!appliesTo(period, enterprise, directory)) return [];
    const shared = intersect({ from, to }, period);
    return shared ? [{ period, days: eachDay(shared.from, shared.to) }] : [];
  });
}
