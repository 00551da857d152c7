import { sql } from 'drizzle-orm';
import {
  approvalRequests,
  approvalSteps,
  enterprises,
  inspectionYearCounts,
  inspections,
} from '../../../../db/schema/index.js';
import { requestTitle, type ApprovalForm, type PlanForm } from '../../../domain/approvals/index.js';
import { claimedExemption, type Finding } from '../../../domain/rules/index.js';
import type {
  EnterpriseVisits,
  OpenVisit,
  QuietVisit,
  WaitingStep,
} from '../../../domain/supervision/index.js';
import type { Reader } from '../../../store/db.js';
import { bureauToday } from '../../../time.js';

const i = inspections;

/** Each pending request's current step: few at any time (the partial index on pending requests). */
export async function waitingSteps(db: Reader): Promise<WaitingStep[]> {
  const r = approvalRequests;
  const s = approvalSteps;
  const rows = await db.all<{ id: string; form: string; name: string; roleLabel: string; at: string | null }>(
    sql`SELECT ${r.id} AS id, ${r.form} AS form, ${s.name} AS name, ${s.roleLabel} AS roleLabel,
      ${s.activatedAt} AS at
    FROM ${r} JOIN ${s} ON ${s.requestId} = ${r.id} AND ${s.idx} = ${r.currentStep}
    WHERE ${r.status} = 'pending'`,
  );
  return rows.flatMap((row) =>
    row.at
      ? [
          {
            requestId: row.id,
            title: requestTitle({ form: JSON.parse(row.form) as ApprovalForm }),
            approverName: row.name,
            roleLabel: row.roleLabel,
            since: bureauToday(new Date(row.at)),
          },
        ]
      : [],
  );
}

export interface LateVisits {
  total: number;
  items: OpenVisit[];
}

/**
 * Visits in one open state whose clock started before `before`, oldest first: planned ones by the
 * plan's last day (result due), done ones by the result's day (feedback due). Each reads its own
 * partial index, so a million closed visits are never touched.
 */
export async function lateVisits(
  db: Reader,
  state: 'planned' | 'done',
  before: string,
  limit: number,
): Promise<LateVisits> {
  const where =
    state === 'planned'
      ? sql`${i.status} IN ('planned', 'done') AND ${i.status} = 'planned' AND ${i.lastDate} < ${before}`
      : sql`${i.status} = 'done' AND ${i.resultDate} < ${before}`;
  const clock = state === 'planned' ? i.lastDate : i.resultDate;
  const [count] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${i} WHERE ${where}`);
  const items = await db.all<OpenVisit>(
    sql`SELECT COALESCE(${i.code}, ${i.requestId}) AS code, ${i.requestId} AS requestId,
      COALESCE(${i.enterpriseName}, ${i.uscc}) AS enterpriseName, ${i.unitId} AS unitId, ${clock} AS "from"
    FROM ${i} WHERE ${where} ORDER BY ${clock}, ${i.id} LIMIT ${limit}`,
  );
  return { total: Number(count?.n ?? 0), items };
}

export interface YearVisits {
  visitCounts: { visits: number; enterprises: number }[];
  mostVisited: EnterpriseVisits[];
  atCap: { total: number; items: (EnterpriseVisits & { cap: number })[] };
}

type Row = {
  part: string;
  uscc: string;
  visits: number;
  onSite: number;
  last: string;
  cap: number;
  n: number;
};

/**
 * The year's visits per enterprise, cancelled ones left out, read from the counts every write keeps
 * (src/store/visit-counts.ts) three ways: how many enterprises had each count, the most visited, and
 * those at their cap (raised for an enterprise with a major problem) — counts and a few rows, each
 * read in an index's order: the enterprises at the common cap by the on-site index, the few with a
 * major problem (and their raised cap) one by one (CROSS JOIN keeps them the outer loop).
 */
export async function yearVisits(
  db: Reader,
  year: number,
  caps: { yearlyCap: number; majorProblemCap: number },
  limit: number,
): Promise<YearVisits> {
  const e = enterprises;
  const y = inspectionYearCounts;
  const { yearlyCap, majorProblemCap } = caps;
  const rows =
    await db.all<Row>(sql`WITH m AS MATERIALIZED (SELECT ${e.uscc} AS uscc FROM ${e} WHERE ${e.majorProblem} = 1),
    g AS (SELECT ${y.uscc} AS uscc, ${y.visits} AS visits, ${y.onSite} AS onSite, ${y.lastRequestId} AS last
      FROM ${y} WHERE ${y.year} = ${year}),
    major AS (SELECT g.* FROM m CROSS JOIN g WHERE g.uscc = m.uscc)
    SELECT 'count' AS part, '' AS uscc, visits, 0 AS onSite, '' AS last, 0 AS cap, count(*) AS n FROM g GROUP BY visits
    UNION ALL SELECT * FROM (SELECT 'top', uscc, visits, onSite, last, 0, 0 FROM g ORDER BY visits DESC, uscc LIMIT ${limit})
    UNION ALL SELECT 'capped', '', 0, 0, '', 0, (SELECT count(*) FROM g WHERE onSite >= ${yearlyCap})
      - (SELECT count(*) FROM major WHERE onSite >= ${yearlyCap}) + (SELECT count(*) FROM major WHERE onSite >= ${majorProblemCap})
    UNION ALL SELECT * FROM (SELECT 'cap', uscc, visits, onSite, last, cap, 0 FROM (
        SELECT * FROM (SELECT *, ${yearlyCap} AS cap FROM g WHERE onSite >= ${yearlyCap} AND uscc NOT IN m
          ORDER BY onSite DESC, uscc LIMIT ${limit})
        UNION ALL SELECT *, ${majorProblemCap} FROM major WHERE onSite >= ${majorProblemCap})
      ORDER BY onSite - cap DESC, uscc LIMIT ${limit})`);
  const visits = (r: Row): EnterpriseVisits => ({
    uscc: r.uscc,
    visits: Number(r.visits),
    onSite: Number(r.onSite),
    lastRequestId: r.last,
  });
  return {
    visitCounts: rows
      .filter((r) => r.part === 'count')
      .map((r) => ({ visits: Number(r.visits), enterprises: Number(r.n) })),
    mostVisited: rows.filter((r) => r.part === 'top').map(visits),
    atCap: {
      total: Number(rows.find((r) => r.part === 'capped')?.n ?? 0),
      items: rows.filter((r) => r.part === 'cap').map((r) => ({ ...visits(r), cap: Number(r.cap) })),
    },
  };
}

/** Approved plans of the year whose on-site visit the rules found inside a quiet period (第10条). */
export async function quietVisits(db: Reader, year: number): Promise<QuietVisit[]> {
  const r = approvalRequests;
  const rows = await db.all<{ id: string; form: string; findings: string }>(
    sql`SELECT ${r.id} AS id, ${r.form} AS form, ${r.findings} AS findings FROM ${r}
    WHERE ${r.kind} = 'plan' AND ${r.year} IN (${year - 1}, ${year}) AND ${r.status} = 'approved'
      AND ${r.from} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
      AND ${r.findings} LIKE '%QUIET_PERIOD_ON_SITE%'
    ORDER BY ${r.id}`,
  );
  return rows.flatMap((row) => {
    const findings = JSON.parse(row.findings) as Finding[];
    const usccs = new Set(
      findings.flatMap((f) => (f.code === 'QUIET_PERIOD_ON_SITE' ? [f.enterprise ?? ''] : [])),
    );
    if (usccs.size === 0) return [];
    const exemption = claimedExemption(JSON.parse(row.form) as PlanForm);
    return [{ requestId: row.id, enterprises: usccs.size, ...(exemption ? { exemption } : {}) }];
  });
}

/** The names of the enterprises a report names. */
export async function enterpriseNames(db: Reader, usccs: readonly string[]): Promise<Map<string, string>> {
  if (usccs.length === 0) return new Map();
  const e = enterprises;
  const rows = await db.all<{ uscc: string; name: string }>(
    sql`SELECT ${e.uscc} AS uscc, ${e.name} AS name FROM ${e} WHERE ${e.uscc} IN ${[...usccs]}`,
  );
  return new Map(rows.map((row) => [row.uscc, row.name]));
}
