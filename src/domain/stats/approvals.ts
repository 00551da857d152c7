import { tally, within } from './period.js';
import type { ApprovalTime, BureauStats, RequestRow, StatsPeriod } from './types.js';

const HOUR_MS = 3_600_000;

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('No values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Requests approved in the period whose on-site visit fell in an enterprise quiet period (第10条). */
export function quietExceptions(
  requests: readonly RequestRow[],
  period: StatsPeriod,
): BureauStats['quietExceptions'] {
  const approved = requests.filter(
    (r) =>
      r.status === 'approved' &&
      r.closedOn !== null &&
      within(r.closedOn, period) &&
      r.findingCodes.includes('QUIET_PERIOD_ON_SITE'),
  );
  return {
    total: approved.length,
    byUnit: tally(approved.map((r) => r.unitId)).map(({ key, count }) => ({ unitId: key, count })),
  };
}

/** Per person who decided a step in the period: the median wait from the step reaching them to the decision. */
export function approvalTimes(requests: readonly RequestRow[], period: StatsPeriod): ApprovalTime[] {
  const waits = new Map<string, { name: string; hours: number[] }>();
  for (const step of requests.flatMap((r) => r.steps)) {
    if (!within(step.decidedOn, period)) continue;
    const hours = (Date.parse(step.decidedAt) - Date.parse(step.activatedAt)) / HOUR_MS;
    const entry = waits.get(step.deciderId) ?? { name: step.deciderName, hours: [] };
    entry.hours.push(Math.max(0, hours));
    waits.set(step.deciderId, entry);
  }
  return [...waits]
    .map(([personId, { name, hours }]) => ({
      personId,
      name,
      decisions: hours.length,
      medianHours: median(hours),
    }))
    .sort((a, b) => b.medianHours - a.medianHours || a.personId.localeCompare(b.personId));
}
