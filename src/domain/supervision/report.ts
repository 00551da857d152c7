import { workingDaysBetween, type FollowUpLimits } from '../follow-up-limits.js';
import type {
  OpenVisit,
  SupervisionLine,
  SupervisionReport,
  SupervisionRows,
  SupervisionSection,
} from './types.js';

/** Visits per enterprise in the year, grouped as leaders read them. */
const BUCKETS: readonly { label: string; min: number; max: number }[] = [
  { label: '1次', min: 1, max: 1 },
  { label: '2次', min: 2, max: 2 },
  { label: '3次', min: 3, max: 3 },
  { label: '4至5次', min: 4, max: 5 },
  { label: '6次及以上', min: 6, max: Infinity },
];

export interface ReportOptions {
  limits: FollowUpLimits;
  /** Most lines a section lists; the total says how many there are. */
  lineLimit: number;
}

function approvals(rows: SupervisionRows, opts: ReportOptions): SupervisionSection {
  const limit = opts.limits.approvalWaitWorkingDays;
  const late = rows.waitingSteps
    .map((step) => ({ step, days: workingDaysBetween(step.since, rows.today) }))
    .filter(({ days }) => days > limit)
    .sort((a, b) => b.days - a.days || (a.step.requestId < b.step.requestId ? -1 : 1));
  return {
    key: 'approvals',
    title: `审批超过${limit}个工作日未办理`,
    clause: 'org-2',
    total: late.length,
    measure: '件',
    lines: late.slice(0, opts.lineLimit).map(({ step, days }) => ({
      text: `${step.requestId} ${step.title}：待${step.approverName}（${step.roleLabel}）审批，已${days}个工作日`,
      recordId: step.requestId,
    })),
  };
}

function visitLines(
  rows: SupervisionRows,
  items: readonly OpenVisit[],
  what: string,
  limit: number,
): SupervisionLine[] {
  return items.slice(0, limit).map((visit) => ({
    text: `${visit.code} ${visit.enterpriseName}（${rows.unitName(visit.unitId)}）：${what}${workingDaysBetween(visit.from, rows.today)}个工作日`,
    recordId: visit.requestId,
  }));
}

function caps(rows: SupervisionRows, opts: ReportOptions): SupervisionSection {
  return {
    key: 'caps',
    title: '企业年度现场检查达到或超过上限',
    clause: '3',
    total: rows.atCap.total,
    measure: '家',
    lines: rows.atCap.items.slice(0, opts.lineLimit).map((e) => ({
      text: `${rows.names.get(e.uscc) ?? e.uscc}：现场检查${e.onSite}次，上限${e.cap}次${e.onSite > e.cap ? '，已超出' : ''}`,
      recordId: e.lastRequestId,
    })),
  };
}

function quiet(rows: SupervisionRows, opts: ReportOptions): SupervisionSection {
  const byExemption = new Map<string, number>();
  for (const visit of rows.quietVisits) {
    const key = visit.exemption ?? '未填报';
    byExemption.set(key, (byExemption.get(key) ?? 0) + visit.enterprises);
  }
  const total = rows.quietVisits.reduce((sum, v) => sum + v.enterprises, 0);
  return {
    key: 'quiet',
    title: '企业安静期内现场检查',
    clause: '10',
    total,
    measure: '家次',
    counts: [...byExemption]
      .map(([label, value]) => ({ label, value }))
      .sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1)),
    lines: rows.quietVisits.slice(0, opts.lineLimit).map((v) => ({
      text: `${v.requestId}：${v.enterprises}家企业，例外情形：${v.exemption ?? '未填报'}`,
      recordId: v.requestId,
    })),
  };
}

function distribution(
  rows: SupervisionRows,
  opts: ReadonlyMap<string, string>,
  limit: number,
): SupervisionSection {
  const inBucket = (min: number, max: number) =>
    rows.visitCounts.filter((c) => c.visits >= min && c.visits <= max).reduce((n, c) => n + c.enterprises, 0);
  return {
    key: 'distribution',
    title: '企业年度检查次数分布',
    clause: 'org-2',
    total: rows.visitCounts.reduce((n, c) => n + c.enterprises, 0),
    measure: '家',
    counts: BUCKETS.map((b) => ({ label: b.label, value: inBucket(b.min, b.max) })),
    lines: rows.mostVisited.slice(0, Math.min(limit, 10)).map((e) => ({
      text: `${opts.get(e.uscc) ?? e.uscc}：检查${e.visits}次，其中现场检查${e.onSite}次`,
      recordId: e.lastRequestId,
    })),
  };
}

/**
 * 三（二）加强执法监督: what leaders should look at this week — 不作为 (approvals, results and
 * feedback left waiting), 检查过多 (enterprises at their cap, the spread of visits) and 不规范
 * (visits in quiet periods, by the exemption claimed).
 */
export function supervisionReport(rows: SupervisionRows, opts: ReportOptions): SupervisionReport {
  const { resultWorkingDays, feedbackWorkingDays } = opts.limits;
  return {
    today: rows.today,
    year: Number(rows.today.slice(0, 4)),
    sections: [
      approvals(rows, opts),
      {
        key: 'results',
        title: `检查结束超过${resultWorkingDays}个工作日未登记结果`,
        clause: '6',
        total: rows.lateResults.total,
        measure: '项',
        lines: visitLines(rows, rows.lateResults.items, '检查结束已', opts.lineLimit),
      },
      {
        key: 'feedback',
        title: `登记结果超过${feedbackWorkingDays}个工作日未反馈企业`,
        clause: '6',
        total: rows.lateFeedback.total,
        measure: '项',
        lines: visitLines(rows, rows.lateFeedback.items, '登记结果已', opts.lineLimit),
      },
      caps(rows, opts),
      quiet(rows, opts),
      distribution(rows, rows.names, opts.lineLimit),
    ],
  };
}
