import type { Enterprise } from '../org.js';
import { checkUscc, normaliseUscc } from '../referrals/uscc.js';
import type { Column } from './headers.js';
import { knownCounty, type RowView, type SheetContext, type SheetSpec } from './read.js';

type F =
  | 'name'
  | 'uscc'
  | 'shortName'
  | 'county'
  | 'industry'
  | 'keyPolluter'
  | 'keyEnterprise'
  | 'categories'
  | 'positiveList'
  | 'positiveListRange'
  | 'positiveListFrom'
  | 'positiveListTo'
  | 'majorProblem';

/** The enterprise registry's columns; the documentation's table (docs/spreadsheets.md) lists the same. */
export const ENTERPRISE_COLUMNS: readonly Column<F>[] = [
  {
    field: 'name',
    label: '单位名称',
    synonyms: ['企业名称', '名称', '企业（单位）名称', '单位（企业）名称', '排污单位名称'],
  },
  { field: 'uscc', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '统一代码'] },
  { field: 'shortName', label: '简称', synonyms: ['企业简称', '单位简称'] },
  {
    field: 'county',
    label: '所在县区',
    synonyms: ['县区', '区县', '所在县（区）', '所属县区', '县（市、区）', '所在区县', '属地', '行政区域'],
  },
  { field: 'industry', label: '行业类别', synonyms: ['行业', '所属行业', '行业类型', '行业分类'] },
  { field: 'keyPolluter', label: '重点排污单位', synonyms: ['是否重点排污单位', '重点排污'] },
  { field: 'keyEnterprise', label: '重点企业', synonyms: ['是否重点企业'] },
  { field: 'categories', label: '企业类别', synonyms: ['类别', '企业分类'] },
  {
    field: 'positiveList',
    label: '正面清单',
    synonyms: ['是否列入正面清单', '列入正面清单', '监督执法正面清单'],
  },
  {
    field: 'positiveListRange',
    label: '正面清单起止日期',
    synonyms: ['正面清单有效期', '正面清单期限', '有效期'],
  },
  { field: 'positiveListFrom', label: '正面清单开始日期', synonyms: ['正面清单起始日期', '列入日期'] },
  { field: 'positiveListTo', label: '正面清单结束日期', synonyms: ['正面清单截止日期', '截止日期'] },
  { field: 'majorProblem', label: '发现重大环境问题', synonyms: ['重大环境问题', '是否发现重大环境问题'] },
];

/**
 * The record in the enterprises JSON file's shape, so both go through one validation; `categories`
 * is passed on for the file format to keep.
 */
export type EnterpriseRecord = Enterprise & { categories?: string[] };

/** A code as written (spaces, lower case, full-width) checked against GB 32100 and its check character. */
export function readUscc<G extends string>(row: RowView<G>, field: G): string | undefined {
  const written = row.text(field);
  if (!written) return row.error(field, '不能为空');
  const check = checkUscc(written);
  return check.ok ? normaliseUscc(written) : row.error(field, check.message);
}

function readEnterprise(row: RowView<F>, ctx: SheetContext): EnterpriseRecord | undefined {
  const name = row.text('name') || row.error('name', '不能为空');
  const uscc = readUscc(row, 'uscc');
  const written = row.text('county');
  const county = written
    ? (knownCounty(written, ctx) ??
      row.error('county', `「${written}」不是本市县区（可填：${ctx.counties.join('、')}）`))
    : row.error('county', '不能为空');
  const listedCell = row.text('positiveList') === '' ? undefined : row.yesNo('positiveList');
  const validity = row.range('positiveListRange', 'positiveListFrom', 'positiveListTo');
  const dated = validity.from !== undefined || validity.to !== undefined;
  if (listedCell === false && dated) row.error('positiveList', '填写了正面清单起止日期，但此列为“否”');
  const categories = [...row.list('categories')];
  if (row.yesNo('keyEnterprise') && !categories.includes('重点企业')) categories.push('重点企业');
  const record = {
    name,
    uscc,
    county,
    industry: row.text('industry'),
    keyPolluter: row.yesNo('keyPolluter'),
    positiveList: listedCell ?? dated,
    majorProblem: row.yesNo('majorProblem'),
  };
  if (!record.name || !record.uscc || !record.county) return undefined;
  const shortName = row.text('shortName');
  return {
    ...record,
    name: record.name,
    uscc: record.uscc,
    county: record.county,
    ...(shortName ? { shortName } : {}),
    ...(validity.from ? { positiveListFrom: validity.from } : {}),
    ...(validity.to ? { positiveListTo: validity.to } : {}),
    ...(categories.length ? { categories } : {}),
  };
}

export const enterpriseSheet: SheetSpec<F, EnterpriseRecord> = {
  noun: '企业',
  columns: ENTERPRISE_COLUMNS,
  required: [['name'], ['uscc'], ['county']],
  readRow: readEnterprise,
  unique: (r) => [
    { field: 'uscc', value: r.uscc },
    { field: 'name', value: r.name },
  ],
};
