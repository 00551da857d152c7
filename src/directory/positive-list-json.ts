import { z } from 'zod';
import type { SheetRow } from '../domain/sheets/index.js';
import { zodErrors } from './org-file.js';
import { ImportError } from './import-error.js';

const entry = z.object({
  uscc: z.string().optional(),
  name: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  basis: z.string().optional(),
});
const file = z.object({ positiveList: z.array(entry) });

/**
 * `{"positiveList": [{uscc | name, from?, to?, basis?}]}` as sheet rows, so a JSON list is checked
 * by the same rules as a sheet; entry n is reported as row n + 1, below the header.
 */
export function positiveListRows(raw: unknown, name: string): SheetRow[] {
  const parsed = file.safeParse(raw);
  if (!parsed.success) throw new ImportError(name, zodErrors(parsed.error));
  return [
    { row: 1, cells: ['统一社会信用代码', '单位名称', '开始日期', '结束日期', '依据文件'] },
    ...parsed.data.positiveList.map((e, i) => ({
      row: i + 2,
      cells: [e.uscc, e.name, e.from, e.to, e.basis],
    })),
  ];
}
