import type { StatsReport } from './report.js';

/** A field as Excel reads it safely: quoted when needed, and never taken for a formula. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(values: (string | number)[]): string {
  return values.map(cell).join(',');
}

/** The report as CSV: UTF-8 with a byte-order mark so Excel shows the Chinese, one figure row per line. */
export function reportCsv(report: StatsReport): string {
  const lines = [
    line(['统计期间', report.periodText]),
    line(['统计范围', report.scopeText]),
    line(['指标', '对象', '分项', '数值', '单位', '说明']),
    ...report.totals.map((t) => line(['合计', t.label, '', t.value, t.measure, ''])),
    ...report.figures.flatMap((figure) =>
      figure.rows.flatMap((row) =>
        row.values.map((value, i) =>
          line([
            figure.title,
            row.label,
            figure.series.length > 1 ? (figure.series[i] ?? '') : '',
            value,
            figure.measure,
            row.note ?? '',
          ]),
        ),
      ),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
