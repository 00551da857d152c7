import type { Column } from './headers.js';
import { knownCounty, type RowView, type SheetContext, type SheetSpec } from './read.js';
import { findListed } from './positive-list-sheet.js';

type F = 'jurisdiction' | 'scope' | 'enterprises' | 'range' | 'from' | 'to' | 'basis' | 'categories';

export const QUIET_PERIOD_COLUMNS: readonly Column<F>[] = [
  {
    field: 'jurisdiction',
    label: '地区',
    synonyms: ['区域', '县区', '所在县区', '县（市、区）', '辖区', '实施区域', '适用地区', '发布地区'],
  },
  { field: 'scope', label: '适用范围', synonyms: ['范围', '安静期范围'] },
  { field: 'enterprises', label: '适用企业', synonyms: ['企业名单', '涉及企业', '企业名称', '单位名称'] },
  { field: 'range', label: '安静期起止日期', synonyms: ['起止日期', '安静期', '时段', '安静期时段'] },
  { field: 'from', label: '开始日期', synonyms: ['起始日期', '开始时间', '起始时间', '安静期开始日期'] },
  { field: 'to', label: '结束日期', synonyms: ['截止日期', '终止日期', '结束时间', '安静期结束日期'] },
  {
    field: 'basis',
    label: '依据文件',
    synonyms: ['依据', '文件依据', '发文依据', '文件名称', '文号', '依据文号'],
  },
  { field: 'categories', label: '企业类别', synonyms: ['适用企业类别', '类别'] },
];

/** The record in the quiet-periods JSON file's shape; fields the file gains later pass through it. */
export interface QuietPeriodRecord {
  jurisdiction: string;
  scope: 'citywide' | 'county' | 'enterprises';
  enterprises?: string[];
  from: string;
  to: string;
  basis: string;
  categories?: string[];
}

/** 全市 / 本县区 / 指定企业 as written; empty is read from the other cells. */
function readScope(
  row: RowView<F>,
  ctx: SheetContext,
  listed: number,
): QuietPeriodRecord['scope'] | undefined {
  const written = row.text('scope');
  if (written === '') {
    if (listed > 0) return 'enterprises';
    const place = row.text('jurisdiction');
    return place === ctx.city || /^(全市|市级|本市)$/.test(place) ? 'citywide' : 'county';
  }
  if (/企业/.test(written)) return 'enterprises';
  if (/全市|全域|市级|本市/.test(written)) return 'citywide';
  if (/县|区/.test(written)) return 'county';
  return row.error('scope', `应填“全市”“本县区”或“指定企业”，当前为「${written}」`);
}

function readPlace(
  row: RowView<F>,
  ctx: SheetContext,
  scope: QuietPeriodRecord['scope'],
): string | undefined {
  const written = row.text('jurisdiction');
  if (scope === 'citywide' && (written === '' || /^(全市|市级|本市)$/.test(written))) return ctx.city;
  if (written === '') return row.error('jurisdiction', '不能为空');
  if (written === ctx.city && scope !== 'county') return ctx.city;
  return (
    knownCounty(written, ctx) ??
    row.error('jurisdiction', `「${written}」不是本市县区（可填：${[ctx.city, ...ctx.counties].join('、')}）`)
  );
}

function readQuietPeriod(row: RowView<F>, ctx: SheetContext): QuietPeriodRecord | undefined {
  const enterprises = row.list('enterprises');
  for (const listed of enterprises)
    if (ctx.enterprises && !findListed(ctx.enterprises, listed))
      row.error('enterprises', `企业名录中没有「${listed}」`);
  const scope = readScope(row, ctx, enterprises.length);
  const jurisdiction = scope ? readPlace(row, ctx, scope) : undefined;
  if (scope === 'enterprises' && enterprises.length === 0)
    row.error('enterprises', '适用范围为指定企业时须列明企业');
  const { from, to } = row.range('range', 'from', 'to');
  if (!from) row.error(row.has('from') ? 'from' : 'range', '缺少开始日期');
  if (!to) row.error(row.has('to') ? 'to' : 'range', '缺少结束日期');
  const basis = row.text('basis') || row.error('basis', '不能为空');
  const categories = row.list('categories');
  if (!scope || !jurisdiction || !from || !to || !basis) return undefined;
  return {
    jurisdiction,
    scope,
    ...(enterprises.length ? { enterprises } : {}),
    from,
    to,
    basis,
    ...(categories.length ? { categories } : {}),
  };
}

export const quietPeriodSheet: SheetSpec<F, QuietPeriodRecord> = {
  noun: '安静期',
  columns: QUIET_PERIOD_COLUMNS,
  required: [['range', 'from'], ['range', 'to'], ['basis']],
  readRow: readQuietPeriod,
};
