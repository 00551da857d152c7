import type { Directory } from '../../domain/org.js';
import { computeStats, type BureauStats, type StatsPeriod } from '../../domain/stats/index.js';
import type { Database } from '../../store/db.js';
import { preventionFigures } from './prevention-figures.js';
import { buildReport, statsNames, type StatsReport } from './report.js';
import { loadStatsRows } from './rows-repo.js';

export interface StatsRequest {
  period: StatsPeriod;
  unit?: string;
  today: string;
}

export async function statsReport(
  db: Database,
  directory: Directory,
  request: StatsRequest,
): Promise<{ stats: BureauStats; report: StatsReport }> {
  const [rows, prevention] = await Promise.all([
    loadStatsRows(db, request.period, request.today),
    preventionFigures(db, directory, request.period, request.unit),
  ]);
  const stats = computeStats(rows, request);
  const report = buildReport(stats, statsNames(directory, rows.registry));
  return { stats, report: { ...report, figures: [...report.figures, ...prevention] } };
}
