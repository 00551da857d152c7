import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../../src/features/stats/csv.js';
import type { StatsReport } from '../../../src/features/stats/report.js';

const report: StatsReport = {
  periodText: '2026年',
  scopeText: '全局',
  totals: [{ label: '入企现场检查', value: 2, measure: '次' }],
  figures: [
    {
      id: 'x',
      title: '测试',
      measure: '次',
      series: ['甲', '乙'],
      chart: 'stacked',
      rows: [{ label: '=HYPERLINK("x"),公司', values: [1, 2], note: '说明' }],
      empty: '无',
    },
  ],
};

describe('reportCsv', () => {
  it('writes a BOM, CRLF lines, one line per value, and defuses formulas', () => {
    expect(reportCsv(report)).toBe(
      '\uFEFF统计期间,2026年\r\n' +
        '统计范围,全局\r\n' +
        '指标,对象,分项,数值,单位,说明\r\n' +
        '合计,入企现场检查,,2,次,\r\n' +
        '测试,"\'=HYPERLINK(""x""),公司",甲,1,次,说明\r\n' +
        '测试,"\'=HYPERLINK(""x""),公司",乙,2,次,说明\r\n',
    );
  });
});
