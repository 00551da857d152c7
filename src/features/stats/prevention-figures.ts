import { SOURCE_LABELS, WARNING_SOURCES, WARNING_STATE_LABELS } from '../../domain/prevention/index.js';
import type { Directory } from '../../domain/org.js';
import type { StatsPeriod } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';
import { coverageCounts, warningCounts } from '../prevention/index.js';
import type { Figure } from './report.js';

const OUTCOMES = ['sent', 'acknowledged', 'resolved', 'escalated'] as const;

/**
 * 事前预警 by source and outcome in the period, and 送法入企 coverage per county for the period's
 * last year (第1、2条). A unit's report shows only what that unit sent or held.
 */
export async function preventionFigures(
  db: Database,
  directory: Directory,
  period: StatsPeriod,
  unit?: string,
): Promise<Figure[]> {
  const year = Number(period.to.slice(0, 4));
  // Counted in SQL: a year's warnings and the registry's key enterprises are never read row by row.
  const [sent, coverage] = await Promise.all([
    warningCounts(db, period.from, period.to, unit),
    coverageCounts(db, directory, year),
  ]);
  const count = (source: string, status: string) =>
    sent.find((w) => w.source === source && w.status === status)?.n ?? 0;
  const counties = unit ? coverage.filter((c) => c.unitId === unit) : coverage;
  return [
    {
      id: 'warnings',
      title: '事前预警提醒（按来源和办理结果）',
      measure: '次',
      series: OUTCOMES.map((s) => WARNING_STATE_LABELS[s]),
      chart: 'stacked',
      rows: WARNING_SOURCES.map((source) => ({
        label: SOURCE_LABELS[source],
        values: OUTCOMES.map((s) => Number(count(source, s))),
      })).filter((row) => row.values.some((v) => v > 0)),
      empty: '本期无预警提醒。',
    },
    {
      id: 'outreach',
      title: `送法入企重点企业覆盖（${year}年，按县区）`,
      measure: '家',
      series: ['已覆盖', '未覆盖'],
      chart: 'stacked',
      rows: counties.map((c) => ({ label: c.county, values: [c.reached, c.key - c.reached] })),
      empty: '名录中没有重点企业。',
    },
  ];
}
