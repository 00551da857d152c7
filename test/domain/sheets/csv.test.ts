import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../../src/domain/sheets/index.js';

/** 单位名称 in GB18030, as Excel on Chinese Windows writes it. */
const GBK_NAME = [0xb5, 0xa5, 0xce, 0xbb, 0xc3, 0xfb, 0xb3, 0xc6];

describe('decodeCsv', () => {
  it.each([
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf, ...Buffer.from('单位名称')], 'utf-8'],
    ['UTF-8 without one', [...Buffer.from('单位名称')], 'utf-8'],
    ['GB18030', GBK_NAME, 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeCsv(Uint8Array.from(bytes))).toEqual({ text: '单位名称', encoding });
  });

  it('reads GB18030 four-byte characters', () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030.
    expect(decodeCsv(Uint8Array.from([...GBK_NAME, 0x95, 0x32, 0x82, 0x36])).text).toBe('单位名称𠀀');
  });
});

describe('parseCsv', () => {
  it('reads quotes, commas and line breaks inside fields, CRLF and LF, with row numbers', () => {
    const rows = parseCsv('名称,备注\r\n"甲,乙","第一行\n第二行"\r\n丙,"说""明"\n');
    expect(rows).toEqual([
      { row: 1, cells: ['名称', '备注'] },
      { row: 2, cells: ['甲,乙', '第一行\n第二行'] },
      { row: 4, cells: ['丙', '说"明'] },
    ]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('名称\t县区\n甲\t潞城区')).toEqual([
      { row: 1, cells: ['名称', '县区'] },
      { row: 2, cells: ['甲', '潞城区'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n,,')).toEqual([
      { row: 1, cells: ['a', '', 'c'] },
      { row: 2, cells: ['', '', ''] },
    ]);
  });
});
