import { card, escapeMd, markdown, type Card } from '../kit.js';
import type { CoverageCardRow } from './view.js';

function names(list: readonly { name: string }[]): string {
  return list.length > 0 ? list.map((e) => escapeMd(e.name)).join('、') : '无';
}

function countyBlock(row: CoverageCardRow): string {
  const head = `**${row.county}**${row.unitName ? `（${escapeMd(row.unitName)}）` : ''}：重点企业${row.key.length}家，已覆盖${row.reached.length}家`;
  if (row.key.length === 0) return `${head}。`;
  return `${head}\n已覆盖：${names(row.reached)}\n<font color="red">未覆盖：${names(row.notReached)}</font>`;
}

/** 送法入企进度: per county, the year's 重点企业 reached and not yet reached (第2条). */
export function coverageCard(
  year: number,
  asOf: string,
  rows: readonly CoverageCardRow[],
  title = '送法入企进度',
): Card {
  const total = rows.reduce((n, r) => n + r.key.length, 0);
  const reached = rows.reduce((n, r) => n + r.reached.length, 0);
  return card(`${title} ${year}年`, reached === total ? 'green' : 'blue', [
    markdown(
      `截至${asOf}，重点企业${total}家，已送法入企${reached}家。力争每年全市重点企业全覆盖（第2条）。`,
    ),
    markdown(rows.map(countyBlock).join('\n\n')),
  ]);
}
