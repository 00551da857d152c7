import type { Enterprise } from '../org.js';
import { isCapExempt } from '../rules/methods.js';
import type { InspectionType } from '../rules/types.js';
import { monthsOf, tally, within } from './period.js';
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

export function onSiteFigures(visits: readonly InspectionRow[], period: StatsPeriod): BureauStats['onSite'] {
  const perMonth = new Map(
    tally(visits.map((v) => v.date.slice(0, 7))).map(({ key, count }) => [key, count]),
  );
  return {
    total: visits.length,
    byType: tally(visits.map((v) => v.type)).map(({ key, count }) => ({ type: key, count })),
    byUnit: tally(visits.map((v) => v.unitId)).map(({ key, count }) => ({ unitId: key, count })),
    byMonth: monthsOf(period).map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
  };
}

/** Said for a visit whose plan predates the form's exemption question. */
export const EXEMPTION_NOT_GIVEN = '未填报';

/** On-site visits inside quiet periods, counted by the exemption their plan claimed. */
export function quietVisits(visits: readonly InspectionRow[]): BureauStats['quietVisits'] {
  const inside = visits.filter((v) => v.inQuietPeriod);
  return {
    total: inside.length,
    byExemption: tally(inside.map((v) => v.quietExemption ?? EXEMPTION_NOT_GIVEN)).map(({ key, count }) => ({
      exemption: key,
      count,
    })),
  };
}

/** Enterprises visited on site more than once, with how many of the visits a clue or request prompted. */
export function repeatVisits(visits: readonly InspectionRow[]): RepeatVisit[] {
  // One pass: a year's visits can run to hundreds of thousands.
  const exemptOf = new Map<string, number>();
  for (const v of visits) if (isCapExempt(v.type)) exemptOf.set(v.uscc, (exemptOf.get(v.uscc) ?? 0) + 1);
  return tally(visits.map((v) => v.uscc))
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
  return tally(listed.map((v) => v.uscc)).map(({ key, count }) => {
    const types = [...(typesOf.get(key) ?? [])].sort() as InspectionType[];
    return { uscc: key, visits: count, types };
  });
}
