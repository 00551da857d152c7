import { describe, expect, it } from 'vitest';
import { detectSheetKind, type SheetRow } from '../../../src/domain/sheets/index.js';

const rows = (...lines: string[][]): SheetRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('detectSheetKind', () => {
  it.each([
    [
      'an enterprise registry under a title row',
      rows(
        ['长治市企业名录'],
        ['序号', '单位名称', '统一社会信用代码', '所在县区', '行业类别', '正面清单起止日期'],
      ),
      'enterprises',
    ],
    [
      'a quiet-period calendar',
      rows(['地区', '适用范围', '适用企业', '开始日期', '结束日期', '依据文件']),
      'quiet-periods',
    ],
    [
      'a positive list',
      rows(['企业名称', '统一社会信用代码', '正面清单起止日期', '依据文件']),
      'positive-list',
    ],
    [
      'a positive list that also names counties (as well fit as a registry)',
      rows(['单位名称', '统一社会信用代码', '所在县区', '正面清单起止日期', '依据文件']),
      undefined,
    ],
    ['a sheet of something else', rows(['姓名', '电话', '部门']), undefined],
    ['an empty sheet', rows(), undefined],
  ])('%s', (_, sheet, kind) => {
    expect(detectSheetKind(sheet)).toBe(kind);
  });
});
