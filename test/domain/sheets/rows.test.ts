import { describe, expect, it } from 'vitest';
import {
  enterpriseSheet,
  positiveListSheet,
  quietPeriodSheet,
  readSheet,
  rowErrorText,
  type Cell,
  type SheetContext,
  type SheetRow,
} from '../../../src/domain/sheets/index.js';

const ctx: SheetContext = {
  city: '长治市',
  counties: ['潞州区', '上党区', '潞城区', '长治高新区', '沁县'],
  enterprises: [
    { name: '长治示例焦化有限公司', uscc: '91140404A10YRXXR9P' },
    { name: '长治示例医药有限公司', uscc: '9114047195FNJANWHJ', shortName: '示例医药' },
  ],
};

function sheet(...rows: Cell[][]): SheetRow[] {
  return rows.map((cells, i) => ({ row: i + 1, cells }));
}

const HEAD = [
  '序号',
  '*单位名称',
  '统一社会信用代码',
  '所在县（区）',
  '行业类别',
  '重点排污单位',
  '重点企业',
  '正面清单起止日期',
];

describe('enterprise rows', () => {
  it('reads a bureau sheet under a title row, into the JSON file records', () => {
    const r = readSheet(
      sheet(
        ['长治市重点排污单位名录'],
        HEAD,
        [1, '长治示例焦化有限公司', '91140404a10yrxxr9p ', '上党', '焦化', '是', '否', ''],
        [
          2,
          '长治示例医药有限公司',
          '9114047195FNJANWHJ',
          '长治市长治高新区',
          '医药',
          '否',
          '是',
          '2026/1/1至2026/12/31',
        ],
        [null, '', '', '', '', '', '', ''],
      ),
      enterpriseSheet,
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(2);
    expect(r.unknownColumns).toEqual([]);
    expect(r.records).toEqual([
      {
        row: 3,
        record: {
          name: '长治示例焦化有限公司',
          uscc: '91140404A10YRXXR9P',
          county: '上党区',
          industry: '焦化',
          keyPolluter: true,
          positiveList: false,
          majorProblem: false,
        },
      },
      {
        row: 4,
        record: {
          name: '长治示例医药有限公司',
          uscc: '9114047195FNJANWHJ',
          county: '长治高新区',
          industry: '医药',
          keyPolluter: false,
          positiveList: true,
          positiveListFrom: '2026-01-01',
          positiveListTo: '2026-12-31',
          majorProblem: false,
          categories: ['重点企业'],
        },
      },
    ]);
  });

  it.each([
    [['甲公司', '91140404A10YRXXR9Q', '潞城区', '', '', '', ''], '统一社会信用代码', '校验位应为「P」'],
    [['甲公司', '9114040', '潞城区', '', '', '', ''], '统一社会信用代码', '应为18位'],
    [['甲公司', '91140404A10YRXXR9P', '太原市', '', '', '', ''], '所在县（区）', '「太原市」不是本市县区'],
    [['', '91140404A10YRXXR9P', '潞城区', '', '', '', ''], '*单位名称', '不能为空'],
    [['甲公司', '91140404A10YRXXR9P', '潞城区', '', '大概', '', ''], '重点排污单位', '应填“是”或“否”'],
    [
      ['甲公司', '91140404A10YRXXR9P', '潞城区', '', '', '', '2026-01-01'],
      '正面清单起止日期',
      '起止日期无法识别',
    ],
    [
      ['甲公司', '91140404A10YRXXR9P', '潞城区', '', '', '', '2026-12-01至2026-01-01'],
      '正面清单起止日期',
      '晚于结束日期',
    ],
  ])('reports %j at its column', (cells, column, message) => {
    const r = readSheet(sheet(HEAD.slice(1), cells), enterpriseSheet, ctx);
    expect(r.records).toEqual([]);
    expect(r.invalidRows).toBe(1);
    expect(r.errors[0]).toMatchObject({ row: 2, column });
    expect(r.errors[0]?.message).toContain(message);
  });

  it('reports a repeated code against the first row', () => {
    const row = ['甲公司', '91140404A10YRXXR9P', '潞城区'];
    const r = readSheet(
      sheet(['单位名称', '统一社会信用代码', '县区'], row, ['乙公司', row[1], '潞城区']),
      enterpriseSheet,
      ctx,
    );
    expect(r.records).toHaveLength(1);
    expect(r.errors.map(rowErrorText)).toEqual([
      '第 3 行「统一社会信用代码」：「91140404A10YRXXR9P」与第 2 行重复',
    ]);
  });

  it('names the missing columns and a sheet without a header', () => {
    expect(readSheet(sheet(['单位名称', '行业']), enterpriseSheet, ctx).errors[0]?.message).toBe(
      '缺少必需的列：统一社会信用代码、所在县区',
    );
    expect(readSheet(sheet(['a', 'b'], ['c', 'd']), enterpriseSheet, ctx).errors[0]?.message).toContain(
      '找不到表头',
    );
  });

  it('lists headers it does not read', () => {
    const r = readSheet(
      sheet(['单位名称', '统一社会信用代码', '县区', '法定代表人', '备注']),
      enterpriseSheet,
      ctx,
    );
    expect(r.unknownColumns).toEqual(['法定代表人']);
  });
});

describe('quiet period rows', () => {
  const head = ['地区', '适用企业', '开始日期', '结束日期', '依据文件'];
  it.each([
    [
      ['长治市', '', '2026/12/1', '2026年12月20日', '市政府通知'],
      { jurisdiction: '长治市', scope: 'citywide' },
    ],
    [
      ['全市', '', 46357, 46376, '市政府通知'],
      { jurisdiction: '长治市', scope: 'citywide', from: '2026-12-01' },
    ],
    [['潞城', '', '2026-12-21', '2026-12-31', '区政府通知'], { jurisdiction: '潞城区', scope: 'county' }],
    [
      ['长治高新区', '示例医药、长治示例焦化有限公司', '2027-01-04', '2027-01-24', '重点项目'],
      { scope: 'enterprises', enterprises: ['示例医药', '长治示例焦化有限公司'] },
    ],
  ])('%j', (cells, expected) => {
    const r = readSheet(sheet(head, cells), quietPeriodSheet, ctx);
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.record).toMatchObject(expected);
  });

  it.each([
    [['太原', '', '2026-12-01', '2026-12-20', '通知'], '地区', '不是本市县区'],
    [['潞城区', '', '2026-12-20', '2026-12-01', '通知'], '开始日期', '晚于结束日期'],
    [['潞城区', '', '', '2026-12-01', '通知'], '开始日期', '缺少开始日期'],
    [['潞城区', '', '2026-12-01', '2026-12-20', ''], '依据文件', '不能为空'],
    [
      ['潞城区', '不存在公司', '2026-12-01', '2026-12-20', '通知'],
      '适用企业',
      '企业名录中没有「不存在公司」',
    ],
  ])('reports %j', (cells, column, message) => {
    const r = readSheet(sheet(head, cells), quietPeriodSheet, ctx);
    expect(r.errors[0]).toMatchObject({ row: 2, column });
    expect(r.errors[0]?.message).toContain(message);
  });

  it('reads a range column', () => {
    const r = readSheet(
      sheet(['县区', '起止日期', '依据'], ['沁县', '2026.12.1-2026.12.20', '县政府通知']),
      quietPeriodSheet,
      ctx,
    );
    expect(r.records[0]?.record).toEqual({
      jurisdiction: '沁县',
      scope: 'county',
      from: '2026-12-01',
      to: '2026-12-20',
      basis: '县政府通知',
    });
  });
});

describe('positive list rows', () => {
  const head = ['单位名称', '统一社会信用代码', '正面清单起止日期', '依据文件'];
  it('finds the enterprise by code or name and keeps the validity and basis', () => {
    const r = readSheet(
      sheet(
        head,
        ['', '9114047195FNJANWHJ', '2026-01-01至长期', '长环函〔2026〕1号'],
        ['长治示例焦化有限公司', '', '', ''],
      ),
      positiveListSheet,
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.record)).toEqual([
      {
        uscc: '9114047195FNJANWHJ',
        name: '长治示例医药有限公司',
        from: '2026-01-01',
        basis: '长环函〔2026〕1号',
      },
      { uscc: '91140404A10YRXXR9P', name: '长治示例焦化有限公司' },
    ]);
  });

  it.each([
    [['不存在公司', '', '', ''], '单位名称', '企业名录中没有「不存在公司」'],
    [
      ['长治示例焦化有限公司', '9114047195FNJANWHJ', '', ''],
      '统一社会信用代码',
      '与单位名称「长治示例焦化有限公司」不一致',
    ],
    [['', '', '2026-01-01至2026-12-31', ''], '单位名称', '不能都为空'],
  ])('reports %j', (cells, column, message) => {
    const r = readSheet(sheet(head, cells), positiveListSheet, ctx);
    expect(r.errors[0]).toMatchObject({ row: 2, column });
    expect(r.errors[0]?.message).toContain(message);
  });
});
