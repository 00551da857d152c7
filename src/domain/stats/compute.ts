import type { Enterprise } from '../org.js';
import { approvalTimes, quietExceptions } from './approvals.js';
import { drawCounts } from './draws.js';
import { onSiteFigures, onSiteIn, positiveListVisits, quietVisits, repeatVisits } from './inspections.js';
import { casesByStage, receivedIn, referralCounts } from './referrals.js';
import type {
  BureauStats,
  RepeatVisit,
  DrawStatRow,
  InspectionRow,
  ReferralRow,
  RequestRow,
  StatsPeriod,
} from './types.js';

export interface StatsRows {
  inspections: readonly InspectionRow[];
  requests: readonly RequestRow[];
  referrals: readonly ReferralRow[];
  registry: readonly Enterprise[];
  /** 双随机 draws; absent where the caller has none to count. */
  draws?: readonly DrawStatRow[];
  /**
   * Enterprises visited more than once, already counted by the store for the query's period and unit
   * (the most visited first, cut short): then `inspections` need not name every enterprise.
   */
  repeats?: { total: number; top: readonly RepeatVisit[] };
}

export interface StatsQuery {
  period: StatsPeriod;
  /** Only this unit's inspections, requests and received referrals. */
  unit?: string;
  /** Visits after it are still plans; referrals past their deadline by it are overdue. */
  today: string;
}

/** The bureau's figures for a period, optionally for one unit: the numbers 三（二）加强执法监督 needs. */
export function computeStats(rows: StatsRows, query: StatsQuery): BureauStats {
  const ofUnit = <T extends { unitId: string }>(list: readonly T[]) =>
    query.unit ? list.filter((row) => row.unitId === query.unit) : list;
  const visits = onSiteIn(ofUnit(rows.inspections), query.period, query.today);
  const requests = ofUnit(rows.requests);
  const referrals = receivedIn(ofUnit(rows.referrals), query.period);
  const repeats = rows.repeats ? [...rows.repeats.top] : repeatVisits(visits);
  return {
    period: query.period,
    ...(query.unit ? { unit: query.unit } : {}),
    onSite: onSiteFigures(visits, query.period),
    repeatEnterprises: rows.repeats?.total ?? repeats.length,
    repeatVisits: repeats,
    quietExceptions: quietExceptions(requests, query.period),
    quietVisits: quietVisits(visits),
    positiveListVisits: positiveListVisits(visits, rows.registry),
    approvalTimes: approvalTimes(requests, query.period),
    referrals: referralCounts(referrals, query.today),
    cases: casesByStage(referrals),
    draws: drawCounts(ofUnit(rows.draws ?? []), query.period),
  };
}
