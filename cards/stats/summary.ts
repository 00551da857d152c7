import { card, escapeMd, hr, markdown, type Card } from '../kit.js';
import type { FigureView, StatsCardView } from './view.js';

const TOP = 5;

function figureLine(figure: FigureView): string {
  const rows = figure.rows.filter((row) => row.values.some((v) => v > 0));
  if (rows.length === 0) return `**${figure.title}**：${figure.empty.replace(/。$/, '')}`;
  const parts = rows.slice(0, TOP).map((row) => {
    const values =
      figure.series.length > 1
        ? figure.series.map((s, i) => `${s.replace(/（.*）$/, '')}${row.values[i] ?? 0}`).join('，')
        : `${row.values[0] ?? 0}${figure.measure}`;
    return `${escapeMd(row.label)}${figure.series.length > 1 ? `（${values}）` : values}`;
  });
  const more = rows.length > TOP ? `等${rows.length}项` : '';
  return `**${figure.title}**：${parts.join('；')}${more}`;
}

/** 本月统计 / 本年统计: the totals, the main breakdowns, and the signed link to the charts. */
export function statsCard(report: StatsCardView, link: string, linkDays: number): Card {
  return card(
    `执法监督统计 ${report.periodText}`,
    'indigo',
    [
      markdown(report.totals.map((t) => `**${t.label}**：${t.value}${t.measure}`).join('\n')),
      hr(),
      markdown(
        report.figures
          .filter((f) => f.id !== 'onsite-month')
          .map(figureLine)
          .join('\n'),
      ),
      hr(),
      markdown(
        `[查看图表并导出 CSV](${link})\n<font color="grey">链接${linkDays}日内有效，仅限本局通讯录人员使用。现场检查按已批准的检查计划统计。</font>`,
      ),
    ],
    report.scopeText,
  );
}
