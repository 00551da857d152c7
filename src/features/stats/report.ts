import { TYPE_LABELS } from '../../domain/approvals/index.js';
import type { Directory, Enterprise } from '../../domain/org.js';
import { STATE_LABELS } from '../../domain/referrals/lifecycle.js';
import type { BureauStats } from '../../domain/stats/index.js';

export type ChartKind = 'bar' | 'column' | 'stacked' | 'grouped';

/** One figure as every output shows it: the card's lines, the page's chart and the CSV's rows. */
export interface Figure {
  id: string;
  title: string;
  /** What the numbers count: 次, 家, 件, 小时. */
  measure: string;
  series: string[];
  chart: ChartKind;
  rows: { label: string; values: number[]; note?: string }[];
  /** Said instead of a chart when there are no rows. */
  empty: string;
}

export interface StatsReport {
  periodText: string;
  scopeText: string;
  totals: { label: string; value: number; measure: string }[];
  figures: Figure[];
}

export interface StatsNames {
  unit(id: string): string;
  enterprise(uscc: string): string;
}

export function statsNames(directory: Directory, registry: readonly Enterprise[]): StatsNames {
  const units = new Map(directory.units.map((u) => [u.id, u.name]));
  const firms = new Map(registry.map((e) => [e.uscc, e.name]));
  return { unit: (id) => units.get(id) ?? id, enterprise: (uscc) => firms.get(uscc) ?? uscc };
}

function periodText(stats: BureauStats): string {
  const { from, to } = stats.period;
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4))
    return `${from.slice(0, 4)}年`;
  if (from.slice(0, 7) === to.slice(0, 7)) return `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月`;
  return `${from}至${to}`;
}

/** Hours to one decimal, so a median of 1.25 hours reads 1.3. */
function hours(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The figures of 三（二）加强执法监督 in the words leaders read. */
export function buildReport(stats: BureauStats, names: StatsNames): StatsReport {
  const referrals = stats.referrals.reduce(
    (sum, r) => ({ received: sum.received + r.received, overdue: sum.overdue + r.overdue }),
    { received: 0, overdue: 0 },
  );
  const one = (rows: { label: string; value: number; note?: string }[]) =>
    rows.map(({ label, value, note }) => ({ label, values: [value], ...(note ? { note } : {}) }));
  return {
    periodText: periodText(stats),
    scopeText: stats.unit ? names.unit(stats.unit) : '全局',
    totals: [
      { label: '入企现场检查', value: stats.onSite.total, measure: '次' },
      { label: '多次现场检查的企业', value: stats.repeatEnterprises, measure: '家' },
      { label: '安静期内现场检查获批', value: stats.quietExceptions.total, measure: '件' },
      { label: '安静期内入企现场检查', value: stats.quietVisits.total, measure: '次' },
      {
        label: '正面清单企业现场检查',
        value: stats.positiveListVisits.reduce((n, v) => n + v.visits, 0),
        measure: '次',
      },
      { label: '接收移送线索', value: referrals.received, measure: '件' },
      { label: '整改逾期', value: referrals.overdue, measure: '件' },
      { label: '双随机抽取', value: stats.draws.reduce((n, d) => n + d.draws, 0), measure: '次' },
      { label: '其中再次抽取', value: stats.draws.reduce((n, d) => n + d.repeats, 0), measure: '次' },
    ],
    figures: [
      {
        id: 'onsite-type',
        title: '入企现场检查（按检查类型）',
        measure: '次',
        series: ['次数'],
        chart: 'bar',
        rows: one(stats.onSite.byType.map((t) => ({ label: TYPE_LABELS[t.type], value: t.count }))),
        empty: '本期无入企现场检查。',
      },
      {
        id: 'onsite-unit',
        title: '入企现场检查（按实施单位）',
        measure: '次',
        series: ['次数'],
        chart: 'bar',
        rows: one(stats.onSite.byUnit.map((u) => ({ label: names.unit(u.unitId), value: u.count }))),
        empty: '本期无入企现场检查。',
      },
      {
        id: 'onsite-month',
        title: '入企现场检查（按月）',
        measure: '次',
        series: ['次数'],
        chart: 'column',
        rows: one(
          stats.onSite.byMonth.map((m) => ({ label: `${Number(m.month.slice(5))}月`, value: m.count })),
        ),
        empty: '本期无入企现场检查。',
      },
      {
        id: 'repeat',
        title: '同一企业多次现场检查',
        measure: '次',
        series: ['线索或企业申请（不受频次上限）', '常规检查'],
        chart: 'stacked',
        rows: stats.repeatVisits.map((v) => ({
          label: names.enterprise(v.uscc),
          values: [v.exempt, v.routine],
        })),
        empty: '本期无多次现场检查的企业。',
      },
      {
        id: 'quiet',
        title: '企业安静期内现场检查获批（按实施单位）',
        measure: '件',
        series: ['件数'],
        chart: 'bar',
        rows: one(stats.quietExceptions.byUnit.map((u) => ({ label: names.unit(u.unitId), value: u.count }))),
        empty: '本期无安静期内现场检查。',
      },
      {
        id: 'quiet-exemption',
        title: '企业安静期内现场检查（按所称例外情形）',
        measure: '次',
        series: ['次数'],
        chart: 'bar',
        rows: one(stats.quietVisits.byExemption.map((e) => ({ label: e.exemption, value: e.count }))),
        empty: '本期无安静期内现场检查。',
      },
      {
        id: 'positive',
        title: '正面清单企业现场检查',
        measure: '次',
        series: ['次数'],
        chart: 'bar',
        rows: one(
          stats.positiveListVisits.map((v) => ({
            label: names.enterprise(v.uscc),
            value: v.visits,
            note: v.types.map((t) => TYPE_LABELS[t]).join('、'),
          })),
        ),
        empty: '本期未对正面清单企业现场检查。',
      },
      {
        id: 'approval-time',
        title: '审批用时中位数（按审批人）',
        measure: '小时',
        series: ['小时'],
        chart: 'bar',
        rows: one(
          stats.approvalTimes.map((t) => ({
            label: t.name,
            value: hours(t.medianHours),
            note: `审批${t.decisions}件`,
          })),
        ),
        empty: '本期无审批记录。',
      },
      {
        id: 'referrals',
        title: '线索移送办理（按接收单位）',
        measure: '件',
        series: ['接收', '已接收办理', '退回', '整改逾期'],
        chart: 'grouped',
        rows: stats.referrals.map((r) => ({
          label: names.unit(r.unitId),
          values: [r.received, r.accepted, r.returned, r.overdue],
        })),
        empty: '本期无移送线索。',
      },
      {
        id: 'cases',
        title: '案件办理阶段（立案—查处—整改—验收—销号）',
        measure: '件',
        series: ['件数'],
        chart: 'bar',
        rows: one(stats.cases.map((c) => ({ label: STATE_LABELS[c.stage], value: c.count }))),
        empty: '本期无案件。',
      },
      {
        id: 'draws',
        title: '双随机抽取次数（按实施单位、检查期限）',
        measure: '次',
        series: ['抽取次数', '其中再次抽取'],
        chart: 'grouped',
        rows: stats.draws.map((d) => ({
          label: `${names.unit(d.unitId)} ${d.from}至${d.to}`,
          values: [d.draws, d.repeats],
          note: [d.ids.join('、'), ...(d.repeats > 0 ? [`再次抽取理由：${d.reasons.join('；')}`] : [])].join(
            '；',
          ),
        })),
        empty: '本期无双随机抽取。',
      },
    ],
  };
}
