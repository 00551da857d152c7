import { describe, expect, it } from 'vitest';
import { excelSerialDate, sheetDate, sheetDateRange } from '../../../src/domain/sheets/index.js';

describe('sheetDate', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['2026 年 1 月 5 日', '2026-01-05'],
    ['2026年12月31', '2026-12-31'],
    ['20260105', '2026-01-05'],
    ['46027', '2026-01-05'],
    [46027, '2026-01-05'],
    [46027.75, '2026-01-05'],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
    ['2026-02-29', undefined],
    ['2026/13/1', undefined],
    ['明年一月', undefined],
    ['2026-01', undefined],
    [true, undefined],
    [0, undefined],
  ])('%s → %s', (cell, expected) => {
    expect(sheetDate(cell)).toBe(expected);
  });

  it('counts Excel serials from 1899-12-30', () => {
    expect(excelSerialDate(1)).toBeUndefined();
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(excelSerialDate(45658)).toBe('2025-01-01');
  });
});

describe('sheetDateRange', () => {
  it.each([
    ['2026-01-01至2026-12-31', { from: '2026-01-01', to: '2026-12-31' }],
    ['2026-01-01-2026-12-31', { from: '2026-01-01', to: '2026-12-31' }],
    ['2026.1.1-2026.12.31', { from: '2026-01-01', to: '2026-12-31' }],
    ['20260101-20261231', { from: '2026-01-01', to: '2026-12-31' }],
    ['2026年1月1日—2026年12月31日', { from: '2026-01-01', to: '2026-12-31' }],
    ['2026/1/1 ~ 2026/6/30', { from: '2026-01-01', to: '2026-06-30' }],
    ['2026年1月1日至长期', { from: '2026-01-01' }],
    ['2026-01-01 - 长期', { from: '2026-01-01' }],
    ['', {}],
    [null, {}],
    ['2026-01-01', undefined],
    ['2026-01-01至2026-02-30', undefined],
    ['长期', undefined],
    ['至', undefined],
  ])('%s', (cell, expected) => {
    expect(sheetDateRange(cell)).toEqual(expected);
  });
});
