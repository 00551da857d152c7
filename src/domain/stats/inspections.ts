import type { Enterprise } from '../org.js';
import { isCapExempt } from '../rules/methods.js';
import type { InspectionType } from '../rules/types.js';
import { monthsOf, tallyWeighted, within } from './period.js';
import type { BureauStats, InspectionRow, PositiveListVisit, RepeatVisit, StatsPeriod } from './types.js';

/**
 * On-site visits in the period (the ones 第3条 counts against the yearly cap) that are due by
 * `today`: an approved plan for next week is not yet an inspection.
 */
export function onSiteIn(
  rows: readonly InspectionRow[],
  period: StatsPeriod,
  today: string,
): InspectionRow[] {
  return rows.filter((row) => row.onSite && within(row.date, period) && row.date <= today);
}

/** How many visits a row stands for. */
const weight = (v: InspectionRow): number => v.count ?? 1;

export function onSiteFigures(visits: readonly InspectionRow[], period: StatsPeriod): BureauStats['onSite'] {
  const perMonth = new Map(
    tallyWeighted(visits, (v) => v.date.slice(0, 7), weight).map(({ key, count }) => [key, count]),
  );
  return {
    total: visits.reduce((n, v) => n + weight(v), 0),
    byType: tallyWeighted(visits, (v) => v.type, weight).map(({ key, count }) => ({ type: key, count })),
    byUnit: tallyWeighted(visits, (v) => v.unitId, weight).map(({ key, count }) => ({ unitId: key, count })),
    byMonth: monthsOf(period).map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
  };
}

/** Said for a visit whose plan predates the form's exemption question. */
export const EXEMPTION_NOT_GIVEN = '未填报';

/** On-site visits inside quiet periods, counted by the exemption their plan claimed. */
export function quietVisits(visits: readonly InspectionRow[]): BureauStats['quietVisits'] {
  const inside = visits.filter((v) => v.inQuietPeriod);
  return {
    total: inside.reduce((n, v) => n + weight(v), 0),
    byExemption: tallyWeighted(inside, (v) => v.quietExemption ?? EXEMPTION_NOT_GIVEN, weight).map(
      ({ key, count }) => ({
        exemption: key,
        count,
      }),
    ),
  };
}

/** Enterprises visited on site more than once, with how many of the visits a clue or request prompted. */
export function repeatVisits(visits: readonly InspectionRow[]): RepeatVisit[] {
  // One pass: a year's visits can run to hundreds of thousands.
  // Rows without an enterprise stand for single visits folded together (InspectionRow.count).
  const named = visits.filter((v) => v.uscc !== '');
  const exemptOf = new Map<string, number>();
  for (const v of named)
    if (isCapExempt(v.type)) exemptOf.set(v.uscc, (exemptOf.get(v.uscc) ?? 0) + weight(v));
  return tallyWeighted(named, (v) => v.uscc, weight)
    .filter(({ count }) => count > 1)
    .map(({ key, count }) => {
      const exempt = exemptOf.get(key) ?? 0;
      return { uscc: key, visits: count, exempt, routine: count - exempt };
    });
}

function listedOn(enterprise: Enterprise, date: string): boolean {
  return (
    enterprise.positiveList &&
    (enterprise.positiveListFrom ?? '0000-01-01') <= date &&
    date <= (enterprise.positiveListTo ?? '9999-12-31')
  );
}

/** On-site visits to enterprises on the positive list (第9条) on the day of the visit. */
export function positiveListVisits(
  visits: readonly InspectionRow[],
  registry: readonly Enterprise[],
): PositiveListVisit[] {
  const byUscc = new Map(registry.map((e) => [e.uscc, e]));
  const listed = visits.filter((v) => {
    const enterprise = byUscc.get(v.uscc);
    return enterprise !== undefined && listedOn(enterprise, v.date);
  });
  const typesOf = new Map<string, Set<InspectionType>>();
  for (const v of listed) typesOf.set(v.uscc, (typesOf.get(v.uscc) ?? new Set()).add(v.type));
  return tallyWeighted(listed, (v) => v.uscc, weight).map(({ key, count }) => {
    const types = [...(typesOf.get(key) ?? [])].sort() as InspectionType[];
    return { uscc: key, visits: count, types };
  });
}
