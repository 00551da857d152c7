import { normaliseUscc } from '../referrals/uscc.js';
import type { Column } from './headers.js';
import type { RowView, SheetContext, SheetSpec } from './read.js';

type F = 'name' | 'uscc' | 'range' | 'from' | 'to' | 'basis';

export const POSITIVE_LIST_COLUMNS: readonly Column<F>[] = [
  {
    field: 'name',
    label: '单位名称',
    synonyms: ['企业名称', '名称', '企业（单位）名称', '单位（企业）名称'],
  },
  { field: 'uscc', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '统一代码'] },
  { field: 'range', label: '正面清单起止日期', synonyms: ['起止日期', '有效期', '正面清单有效期'] },
  { field: 'from', label: '开始日期', synonyms: ['列入日期', '起始日期', '正面清单开始日期'] },
  { field: 'to', label: '结束日期', synonyms: ['截止日期', '正面清单结束日期'] },
  { field: 'basis', label: '依据文件', synonyms: ['依据', '文件依据', '文号', '依据文号'] },
];

/** One enterprise on the 监督执法正面清单: the registry's code, its validity (open ends allowed) and basis. */
export interface PositiveListRecord {
  uscc: string;
  name: string;
  from?: string;
  to?: string;
  basis?: string;
}

type Known = { name: string; uscc: string; shortName?: string };

/** An enterprise of the registry by its code, full name or short name. */
export function findListed<E extends Known>(registry: readonly E[], key: string): E | undefined {
  const code = normaliseUscc(key);
  return registry.find((e) => e.uscc === code || e.name === key.trim() || e.shortName === key.trim());
}

function readEntry(row: RowView<F>, ctx: SheetContext): PositiveListRecord | undefined {
  const registry = ctx.enterprises ?? [];
  const name = row.text('name');
  const code = row.text('uscc');
  if (!name && !code)
    return row.error(row.has('name') ? 'name' : 'uscc', '单位名称与统一社会信用代码不能都为空');
  const byCode = code ? findListed(registry, code) : undefined;
  const byName = name ? findListed(registry, name) : undefined;
  if (code && !byCode) row.error('uscc', `企业名录中没有代码「${code}」`);
  if (name && !byName && !byCode) row.error('name', `企业名录中没有「${name}」`);
  if (byCode && byName && byCode !== byName)
    row.error('uscc', `代码「${code}」是「${byCode.name}」的，与单位名称「${name}」不一致`);
  const { from, to } = row.range('range', 'from', 'to');
  const basis = row.text('basis');
  const found = byCode ?? byName;
  if (!found) return undefined;
  return {
    uscc: found.uscc,
    name: found.name,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(basis ? { basis } : {}),
  };
}

export const positiveListSheet: SheetSpec<F, PositiveListRecord> = {
  noun: '正面清单企业',
  columns: POSITIVE_LIST_COLUMNS,
  required: [['name', 'uscc']],
  readRow: readEntry,
  unique: (r) => [{ field: 'uscc', value: r.uscc }],
};
