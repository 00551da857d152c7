import type { QuietPeriod } from '../org.js';
import { addDays } from './dates.js';
import { dayRuns, describePeriod, periodDays } from './quiet-calendar.js';

/**
 * The quiet-period calendar as the all-day events of a shared Feishu calendar: one event per run of
 * consecutive quiet days of each period, from the run around today to a year ahead. Runs come from
 * the same expansion every other reader uses, so the calendar people see cannot disagree with the
 * rules check. The past is history: events that ended before today are left as they are.
 */

/** How far ahead events are kept; the periodic check moves the horizon on. */
export const CALENDAR_HORIZON_DAYS = 365;
/** How far back a run is followed to its start, so a run under way keeps its first day (and key). */
const LOOKBACK_DAYS = 400;

export const QUIET_CALENDAR_SUMMARY = '企业安静期';

export interface QuietEvent {
  /** The period's id and the run's first day: the same run keeps its key when its end moves. */
  key: string;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  summary: string;
  description: string;
}

function summaryOf(p: QuietPeriod): string {
  const who =
    p.scope === 'enterprises' ? '（指定企业）' : p.categories?.length ? `（${p.categories.join('、')}）` : '';
  return `${QUIET_CALENDAR_SUMMARY}·${p.jurisdiction}${who}`;
}

/** What the event says: the place, whom it covers, the notice and its exemptions, and 第10条. */
export function eventDescription(p: QuietPeriod): string {
  const lines = [
    `地区：${p.jurisdiction}`,
    `适用企业：${p.enterprises?.length ? p.enterprises.join('、') : '该地区全部企业'}`,
    ...(p.categories?.length ? [`企业类别：${p.categories.join('、')}（未登记类别的企业按适用处理）`] : []),
    `安静期：${describePeriod(p)}`,
    `依据文件：${p.basis}`,
    ...(p.exemptions?.length
      ? ['通知列明的例外情形：', ...p.exemptions.map((e, i) => `${i + 1}. ${e}`)]
      : []),
    '安静期内确需现场检查的，须报请本级行政执法主体主要负责人批准（长环发〔2025〕36号第10条）。',
    `编号：${p.id ?? ''}`,
  ];
  return lines.join('\n');
}

/** The events the calendar should hold from `today` on, in order of period then day. */
export function quietEvents(periods: readonly QuietPeriod[], today: string): QuietEvent[] {
  const from = addDays(today, -LOOKBACK_DAYS);
  const to = addDays(today, CALENDAR_HORIZON_DAYS);
  const seen = new Set<string>();
  return periods.flatMap((period) => {
    const summary = summaryOf(period);
    const description = eventDescription(period);
    return dayRuns(periodDays(period, from, to))
      .filter((run) => run.to >= today)
      .flatMap((run) => {
        const key = `${period.id ?? ''}/${run.from}`;
        // Two periods sharing an id (a hand-edited file) must not fight over one event.
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ key, from: run.from, to: run.to, summary, description }];
      });
  });
}
