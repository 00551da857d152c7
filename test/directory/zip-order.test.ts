import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachSheetRow } from '../../src/directory/sheet-files.js';
import { worksheetsLast } from '../../src/directory/zip-order.js';
import type { SheetRow } from '../../src/domain/sheets/index.js';

/** The entry names in the order their local headers come, walking the file from the start. */
function localOrder(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const [n, e] = [view.getUint16(at + 26, true), view.getUint16(at + 28, true)];
    names.push(new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + n)));
    const flags = view.getUint16(at + 6, true);
    let next = at + 30 + n + e + view.getUint32(at + 18, true);
    if (flags & 0x8) {
      // The size is in the descriptor: find it from the central directory instead.
      const central = centralSizes(bytes).get(names.at(-1) ?? '') ?? 0;
      next = at + 30 + n + e + central;
      next += view.getUint32(next, true) === 0x08074b50 ? 16 : 12;
    }
    at = next;
  }
  return names;
}

function centralSizes(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sizes = new Map<string, number>();
  for (let at = 0; at + 46 < bytes.byteLength; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const n = view.getUint16(at + 28, true);
    sizes.set(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + n)), view.getUint32(at + 20, true));
  }
  return sizes;
}

async function streamedWorkbook(rows: number): Promise<Uint8Array> {
  const file = join(mkdtempSync(join(tmpdir(), 'zip-order-')), 'w.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('名录');
  ws.addRow(['单位名称', '统一社会信用代码', '所在县区']).commit();
  for (let i = 1; i <= rows; i++) ws.addRow([`企业${i}`, `代码${i}`, i % 2 ? '潞城区' : '上党区']).commit();
  await wb.commit();
  return new Uint8Array(readFileSync(file));
}

async function rowsOf(bytes: Uint8Array): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await eachSheetRow(bytes, 'xlsx', (r) => void rows.push(r));
  return rows;
}

describe('worksheetsLast', () => {
  it('moves the worksheet after the shared strings, and the workbook reads the same', async () => {
    const bytes = await streamedWorkbook(300);
    const before = localOrder(bytes);
    expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/sharedStrings.xml'));
    const moved = worksheetsLast(bytes);
    const after = localOrder(moved);
    expect(after.at(-1)).toBe('xl/worksheets/sheet1.xml');
    expect([...after].sort()).toEqual([...before].sort());

    const whole = new ExcelJS.Workbook();
    await whole.xlsx.load(Buffer.from(moved) as unknown as ArrayBuffer);
    expect(whole.worksheets[0]?.getCell('A301').value).toBe('企业300');
    const rows = await rowsOf(moved);
    expect(rows).toHaveLength(301);
    expect(rows.at(-1)).toEqual({ row: 301, cells: ['企业300', '代码300', '上党区'] });
  });

  it('gives back a workbook already in order, and bytes that are no zip, unchanged', async () => {
    const moved = worksheetsLast(await streamedWorkbook(3));
    expect(worksheetsLast(moved)).toBe(moved);
    const junk = new Uint8Array(Buffer.from('PK not really a zip file at all, just text'));
    expect(worksheetsLast(junk)).toBe(junk);
  });
});
