import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnterprises, loadQuietPeriods } from '../../src/directory/directory-repo.js';
import { applyImport, ImportError, prepareImport } from '../../src/directory/import-files.js';
import { gb18030 } from '../support/gb18030.js';
import { startBot, type Bot } from '../support/harness.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const HEAD = [
  '序号',
  '单位名称',
  '统一社会信用代码',
  '所在县区',
  '行业类别',
  '重点排污单位',
  '正面清单起止日期',
];
const GOOD = [
  ['1', '长治示例焦化有限公司', '91140404A10YRXXR9P', '上党区', '焦化', '是', ''],
  ['2', '长治示例医药有限公司', '9114047195FNJANWHJ', '长治高新区', '医药', '否', '2026/1/1至2026/12/31'],
];

function csv(rows: string[][]): string {
  return rows.map((r) => r.join(',')).join('\r\n');
}

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  ws.addRow(['长治市企业名录（示例）']);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function auditCount(action: string): Promise<number> {
  const r = await bot.store.client.execute({
    sql: 'SELECT count(*) AS n FROM audit_log WHERE action = ?',
    args: [action],
  });
  return Number(r.rows[0]?.n);
}

describe('enterprise sheets', () => {
  it.each([
    ['UTF-8 with BOM', () => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(csv([HEAD, ...GOOD]))])],
    ['UTF-8', () => new Uint8Array(Buffer.from(csv([HEAD, ...GOOD])))],
    ['GB18030', () => gb18030(csv([HEAD, ...GOOD]))],
  ])('reads a CSV in %s and replaces the registry, audited', async (_, bytes) => {
    const before = await auditCount('enterprises.imported');
    const prepared = await prepareImport(bot.store.db, 'enterprises', bytes(), '名录.csv');
    expect(prepared.errors).toEqual([]);
    expect(await applyImport(bot.store, prepared, 'test')).toBe(2);
    const registry = await loadEnterprises(bot.store.db);
    expect(registry.map((e) => e.name).sort()).toEqual(['长治示例医药有限公司', '长治示例焦化有限公司']);
    expect(registry.find((e) => e.uscc === '9114047195FNJANWHJ')).toMatchObject({
      positiveList: true,
      positiveListFrom: '2026-01-01',
      positiveListTo: '2026-12-31',
    });
    expect(await auditCount('enterprises.imported')).toBe(before + 1);
  });

  it('reads an .xlsx with a title row, dates as dates and rich text', async () => {
    const bytes = await workbook([
      ['单位名称', '统一社会信用代码', '县区', '行业', '正面清单开始日期', '正面清单结束日期'],
      [
        { richText: [{ text: '长治示例' }, { text: '热电有限公司' }] },
        '91140403TFCBQRCW7W',
        '潞州区',
        '火电',
        new Date(Date.UTC(2026, 2, 1)),
        46387,
      ],
    ]);
    const prepared = await prepareImport(bot.store.db, 'enterprises', bytes, 'a.xlsx');
    expect(prepared.errors).toEqual([]);
    expect(prepared.records).toEqual([
      expect.objectContaining({
        name: '长治示例热电有限公司',
        positiveList: true,
        positiveListFrom: '2026-03-01',
        positiveListTo: '2026-12-31',
      }),
    ]);
  });

  it('applies nothing while a row is wrong, names row and column, and applies the rest with skipInvalid', async () => {
    const before = (await loadEnterprises(bot.store.db)).length;
    const bad = ['3', '长治示例错误有限公司', '91140404A10YRXXR9Q', '太原市', '', '大概', ''];
    const prepared = await prepareImport(
      bot.store.db,
      'enterprises',
      new Uint8Array(Buffer.from(csv([HEAD, ...GOOD, bad]))),
      'x.csv',
    );
    expect(prepared.total).toBe(3);
    expect(prepared.errors).toEqual([
      '第 4 行「统一社会信用代码」：统一社会信用代码校验位应为「P」，当前为「Q」，请核对。',
      '第 4 行「所在县区」：「太原市」不是本市县区（可填：潞州区、上党区、屯留区、潞城区、襄垣县、平顺县、黎城县、壶关县、长子县、武乡县、沁县、沁源县、长治高新区）',
      '第 4 行「重点排污单位」：应填“是”或“否”，当前为「大概」',
    ]);
    const err = await applyImport(bot.store, prepared, 'test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((await loadEnterprises(bot.store.db)).length).toBe(before);
    expect(await applyImport(bot.store, prepared, 'test', { skipInvalid: true })).toBe(2);
  });

  it('refuses a file that is not a workbook, and a kind of file it does not take', async () => {
    await expect(prepareImport(bot.store.db, 'enterprises', Buffer.from('abc'), 'a.xlsx')).rejects.toThrow(
      '不是有效的 .xlsx 文件',
    );
    await expect(prepareImport(bot.store.db, 'enterprises', Buffer.from('abc'), 'a.xls')).rejects.toThrow(
      '只接受 .xlsx、.csv 或 .json 文件',
    );
  });
});

describe('quiet periods and the positive list from sheets', () => {
  it('replaces the quiet periods from a CSV', async () => {
    const text = csv([
      ['地区', '适用范围', '适用企业', '开始日期', '结束日期', '依据文件'],
      ['长治市', '全市', '', '2026年12月1日', '2026年12月20日', '市政府通知'],
      ['潞城', '', '', '2026/12/21', '2026/12/31', '区政府通知'],
    ]);
    const prepared = await prepareImport(bot.store.db, 'quiet-periods', gb18030(text), 'q.csv');
    expect(prepared.errors).toEqual([]);
    await applyImport(bot.store, prepared, 'test');
    expect(await loadQuietPeriods(bot.store.db)).toMatchObject([
      {
        jurisdiction: '长治市',
        scope: 'citywide',
        from: '2026-12-01',
        to: '2026-12-20',
        basis: '市政府通知',
      },
      { jurisdiction: '潞城区', scope: 'county', from: '2026-12-21', to: '2026-12-31', basis: '区政府通知' },
    ]);
  });

  it('puts the listed enterprises on the positive list and takes the others off', async () => {
    const bytes = await workbook([
      ['单位名称', '统一社会信用代码', '正面清单起止日期', '依据文件'],
      ['长治示例焦化有限公司', '', '2026-01-01至2026-06-30', '长环函〔2026〕1号'],
    ]);
    const prepared = await prepareImport(bot.store.db, 'positive-list', bytes, 'p.xlsx');
    expect(prepared.errors).toEqual([]);
    expect(await applyImport(bot.store, prepared, 'test')).toBe(1);
    const listed = (await loadEnterprises(bot.store.db)).filter((e) => e.positiveList);
    expect(listed).toEqual([
      expect.objectContaining({
        name: '长治示例焦化有限公司',
        positiveListFrom: '2026-01-01',
        positiveListTo: '2026-06-30',
      }),
    ]);
    expect(await auditCount('positive-list.imported')).toBe(1);
  });
});
